#pragma once

#include "common/AppContext.h"
#include "sync/SyncConflicts.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace sd {

// The supervisors' list of sync conflicts: both values, who changed each and
// when, which one is in use; keep one or type the right value.
class ConflictsDialog : public QDialog
{
    Q_OBJECT

public:
    ConflictsDialog(AppContext& context, QWidget* parent = nullptr);

    void reload();

signals:
    void resolved();

private:
    void resolveSelected(SyncConflicts::Keep keep);
    void updateButtons();
    QString sideText(const SyncConflict& conflict, bool here) const;

    AppContext& m_context;
    SyncConflicts m_conflicts;
    QList<SyncConflict> m_shown;
    QTableWidget* m_table = nullptr;
    QCheckBox* m_showResolved = nullptr;
    QLabel* m_summary = nullptr;
    QPushButton* m_keepHere = nullptr;
    QPushButton* m_keepThere = nullptr;
    QPushButton* m_typeValue = nullptr;
};

} // namespace sd
