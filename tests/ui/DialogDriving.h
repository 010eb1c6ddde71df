#pragma once

// Helpers widget tests share to drive the ticket form and its modal dialogs.
#include "tickets/TicketForm.h"

#include <QApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QTimer>

#include <catch2/catch.hpp>

#include <functional>

namespace sd::test {

template <typename T>
T* child(QWidget& parent, const char* objectName)
{
    T* found = parent.findChild<T*>(QString::fromLatin1(objectName));
    REQUIRE(found);
    return found;
}

// Runs `act` on the next modal dialog of kind `Dialog` once it is open.
template <typename Dialog>
void whenOpen(std::function<void(Dialog&)> act)
{
    auto* poll = new QTimer;
    QObject::connect(poll, &QTimer::timeout, poll, [poll, act] {
        auto* dialog = qobject_cast<Dialog*>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        poll->deleteLater();
        act(*dialog);
    });
    poll->start(30);
}

inline QPushButton* okOf(QDialog& dialog)
{
    return dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
}

inline QStringList timelineTexts(TicketForm& form)
{
    QStringList texts;
    for (QLabel* label : form.findChildren<QLabel*>(QStringLiteral("timelineText")))
        texts.append(label->text());
    return texts;
}

} // namespace sd::test
