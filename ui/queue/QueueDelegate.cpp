#include "queue/QueueDelegate.h"

#include "queue/QueueModel.h"

#include <QApplication>
#include <QPainter>

namespace sd {

QColor QueueDelegate::slaColor(int state)
{
    switch (static_cast<QueueModel::SlaState>(state)) {
    case QueueModel::SlaState::OnTrack: return QColor(0x2e, 0x7d, 0x32);
    case QueueModel::SlaState::AtRisk: return QColor(0xe6, 0x8a, 0x00);
    case QueueModel::SlaState::Breached: return QColor(0xc6, 0x28, 0x28);
    case QueueModel::SlaState::Paused: return QColor(0x6d, 0x7b, 0x8a);
    default: return {};
    }
}

QColor QueueDelegate::tierColor(const QString& tierCode)
{
    if (tierCode == QLatin1String("vip"))
        return QColor(0xc9, 0x9a, 0x06);
    if (tierCode == QLatin1String("key"))
        return QColor(0x1f, 0x5f, 0xa8);
    return {};
}

QString QueueDelegate::tierLabel(const QString& tierCode)
{
    if (tierCode == QLatin1String("vip"))
        return tr("VIP");
    if (tierCode == QLatin1String("key"))
        return tr("Key");
    return {};
}

void QueueDelegate::paintPill(QPainter* painter, const QRect& rect, const QColor& background, const QString& text) const
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(background);
    painter->drawRoundedRect(rect, rect.height() / 2.0, rect.height() / 2.0);
    painter->setPen(Qt::white);
    QFont font = painter->font();
    font.setBold(true);
    painter->setFont(font);
    painter->drawText(rect, Qt::AlignCenter, text);
    painter->restore();
}

void QueueDelegate::paintSla(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const QColor color = slaColor(index.data(QueueModel::SlaStateRole).toInt());
    const QString text = index.data().toString();
    if (!color.isValid() || text.isEmpty())
        return;
    const int width = std::min(option.rect.width() - 8, option.fontMetrics.horizontalAdvance(text) + 18);
    const QRect pill(option.rect.left() + 4, option.rect.top() + 3, width, option.rect.height() - 6);
    paintPill(painter, pill, color, text);
}

void QueueDelegate::paintCustomer(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    const QString tier = index.data(QueueModel::TierRole).toString();
    const QString badge = tierLabel(tier);
    QStyleOptionViewItem textOption = option;
    if (!badge.isEmpty()) {
        const int width = option.fontMetrics.horizontalAdvance(badge) + 14;
        paintPill(painter, QRect(option.rect.left() + 4, option.rect.top() + 4, width, option.rect.height() - 8),
                  tierColor(tier), badge);
        textOption.rect.setLeft(option.rect.left() + width + 8);
    }
    QStyledItemDelegate::paint(painter, textOption, index);
}

void QueueDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    if (index.column() == QueueModel::Sla || index.column() == QueueModel::Customer) {
        // Selection and hover background first, then our drawing on top.
        background.text.clear();
        QApplication::style()->drawControl(QStyle::CE_ItemViewItem, &background, painter, background.widget);
    }
    if (index.column() == QueueModel::Sla)
        paintSla(painter, option, index);
    else if (index.column() == QueueModel::Customer)
        paintCustomer(painter, option, index);
    else
        QStyledItemDelegate::paint(painter, option, index);
}

} // namespace sd
