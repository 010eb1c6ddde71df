#include "common/LockWait.h"

#include "storage/Database.h"

#include <QCoreApplication>
#include <QProgressDialog>
#include <QTimer>

namespace sd {

void LockWait::prepare(const Database& database)
{
    database.setLockWait(kAttemptWaitMs);
}

void LockWait::waitWhileBusy(QWidget* parent, const Database& database, const std::function<bool()>& stillBusy)
{
    QProgressDialog dialog(QCoreApplication::translate("sd::LockWait", "The database is busy: another program is writing to it (for example an import).\n"
                                       "Your change is kept and will be saved as soon as the database is free."),
                           QCoreApplication::translate("sd::LockWait", "Cancel saving"), 0, 0, parent);
    dialog.setObjectName(QStringLiteral("lockWaitDialog"));
    dialog.setWindowTitle(QCoreApplication::translate("sd::LockWait", "Waiting for the database"));
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setMinimumDuration(0);
    QTimer retry;
    retry.setInterval(kRetryEveryMs);
    QObject::connect(&retry, &QTimer::timeout, &dialog, [&] {
        retry.stop();
        if (!stillBusy())
            dialog.reset(); // closes the dialog; exec() returns
        else if (!dialog.wasCanceled())
            retry.start();
    });
    database.setLockWait(kRetryWaitMs);
    retry.start();
    dialog.exec();
    database.setLockWait(kAttemptWaitMs);
}

} // namespace sd
