#pragma once

#include "common/AppContext.h"
#include "process/ReplyService.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace sd {

// Picks a canned reply by keyboard: type part of its title, move with the
// arrow keys, Enter inserts it with the ticket's values filled in.
class ReplyPicker : public QDialog
{
    Q_OBJECT

public:
    ReplyPicker(AppContext& context, const ReplyContext& ticket, QWidget* parent = nullptr);
    // The chosen reply with its placeholders filled.
    QString text() const;
    // "zh" under the Chinese interface, else "en": the language offered first.
    static QString interfaceLanguage();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void reload();
    void preview();

    AppContext& m_context;
    ReplyContext m_ticket;
    QLineEdit* m_search;
    QComboBox* m_language;
    QListWidget* m_list;
    QPlainTextEdit* m_preview;
    QList<CannedReply> m_replies;
};

// Supervisors write, correct and retire the office's canned replies.
class RepliesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit RepliesDialog(AppContext& context, QWidget* parent = nullptr);
    bool save();
    void startNew();

private:
    void reload();
    void showReply(int row);

    AppContext& m_context;
    QListWidget* m_list;
    QLineEdit* m_title;
    QComboBox* m_language;
    QPlainTextEdit* m_body;
    QCheckBox* m_active;
    QLabel* m_error;
    QList<CannedReply> m_replies;
    std::optional<CannedReply> m_editing;
};

} // namespace sd
