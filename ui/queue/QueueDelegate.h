#pragma once

#include <QStyledItemDelegate>

namespace sd {

// Paints the SLA column as a coloured countdown pill (on track, at risk,
// breached, paused) and the customer column with its tier badge, so an agent
// sees at a glance what is urgent and who is a VIP.
class QueueDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;

    static QColor slaColor(int state);
    static QColor tierColor(const QString& tierCode);
    static QString tierLabel(const QString& tierCode);

private:
    void paintPill(QPainter* painter, const QRect& rect, const QColor& background, const QString& text) const;
    void paintSla(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const;
    void paintCustomer(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const;
};

} // namespace sd
