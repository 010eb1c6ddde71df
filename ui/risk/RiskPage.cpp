#include "risk/RiskPage.h"

#include "common/DialogParts.h"
#include "people/AccessControl.h"
#include "risk/RiskDialog.h"
#include "risk/RiskHeatMap.h"
#include "risk/RiskText.h"
#include "tickets/TicketText.h"
#include "workspace/Workspace.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTimeZone>
#include <QVBoxLayout>

#include <algorithm>

namespace sd {
namespace {

enum Column { Score, Title, Kind, Owner, Status, ReviewBy, Office, ColumnCount };

QDate officeToday(Workspace& workspace)
{
    const QTimeZone zone(workspace.configuration().officeTimeZone.toUtf8());
    return QDateTime::fromSecsSinceEpoch(workspace.clock().now(), zone).date();
}

QString paragraph(const QString& heading, const QString& text)
{
    return QStringLiteral("<p><b>%1</b><br/>%2</p>").arg(heading.toHtmlEscaped(), text.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br/>")));
}

} // namespace

RiskPage::RiskPage(AppContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("riskPage"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(DialogParts::pageTitle(tr("Risk register"), this));
    auto* top = new QHBoxLayout;
    m_list = new QComboBox(this);
    m_list->setObjectName(QStringLiteral("riskList"));
    m_list->addItem(tr("Live risks (not closed)"), QString());
    for (RiskStatus status : allValues<RiskStatus>())
        m_list->addItem(toLabel(status), toCode(status));
    m_list->addItem(tr("All risks"), QStringLiteral("*"));
    auto* listCaption = new QLabel(tr("&Show:"), this);
    listCaption->setBuddy(m_list);
    top->addWidget(listCaption);
    top->addWidget(m_list);
    top->addStretch(1);
    layout->addLayout(top);

    m_heatMap = new RiskHeatMap(this);
    m_table = DialogParts::listTable({tr("Score"), tr("Risk"), tr("Kind"), tr("Owner"), tr("Status"), tr("Review by"), tr("Office")},
                                     this);
    m_table->setObjectName(QStringLiteral("riskTable"));
    // The title takes what the short columns leave.
    m_table->horizontalHeader()->setStretchLastSection(false);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(Title, QHeaderView::Stretch);
    m_detail = new QTextBrowser(this);
    m_detail->setObjectName(QStringLiteral("riskDetail"));
    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_heatMap);
    leftLayout->addWidget(m_detail, 1);
    auto* split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(left);
    split->addWidget(m_table);
    split->setStretchFactor(1, 2);
    split->setSizes({340, 900});
    layout->addWidget(split, 1);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("riskMessage"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    auto* buttons = new QHBoxLayout;
    buildButtons(buttons);
    layout->addLayout(buttons);

    connect(m_list, &QComboBox::currentIndexChanged, this, &RiskPage::refresh);
    connect(m_heatMap, &RiskHeatMap::picked, this, &RiskPage::refresh);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &RiskPage::showSelected);
    connect(m_table, &QTableWidget::itemDoubleClicked, this, [this] {
        if (may(Action::ManageRisks))
            editSelected();
    });
    connect(&context.workspace.risks(), &RiskRegister::risksChanged, this, [this] {
        if (isVisible())
            refresh();
    });
}

void RiskPage::buildButtons(QHBoxLayout* row)
{
    auto add = [&](const QString& text, const char* name, auto slot) {
        auto* button = new QPushButton(text, this);
        button->setObjectName(QLatin1String(name));
        connect(button, &QPushButton::clicked, this, slot);
        row->addWidget(button);
        m_managerButtons.append(button);
        return button;
    };
    add(tr("&New risk…"), "newRisk", [this] { newRisk(); });
    m_edit = add(tr("&Edit…"), "editRisk", [this] { editSelected(); });
    add(tr("&Mitigate"), "mitigateRisk", [this] { moveSelected(RiskStatus::Mitigating); });
    add(tr("&Accept"), "acceptRisk", [this] { moveSelected(RiskStatus::Accepted); });
    add(tr("&Close"), "closeRisk", [this] { moveSelected(RiskStatus::Closed); });
    add(tr("&Reopen"), "reopenRisk", [this] { moveSelected(RiskStatus::Open); });
    row->addStretch(1);
    add(tr("Check the alert rules &now"), "checkAlerts", [this] { checkAlerts(); });
}

bool RiskPage::may(Action action) const
{
    auto me = m_context.workspace.users().byId(m_context.userId);
    return me && AccessControl::allows(*me, action);
}

void RiskPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    refresh();
}

void RiskPage::refresh()
{
    const bool manager = may(Action::ManageRisks);
    for (QPushButton* button : std::as_const(m_managerButtons))
        button->setVisible(manager);
    if (auto allowed = m_context.workspace.risks().requireView(m_context.userId); !allowed) {
        m_risks.clear();
        fillTable();
        m_message->setText(allowed.error().message);
        return;
    }
    RiskQuery query;
    const QString choice = m_list->currentData().toString();
    query.includeClosed = choice == QLatin1String("*");
    query.status = fromCode<RiskStatus>(choice);
    query.probability = m_heatMap->pickedProbability();
    query.impact = m_heatMap->pickedImpact();
    m_keep = selected() ? selected()->id : 0; // before the list changes under the selection
    auto risks = m_context.workspace.risks().ranked(query);
    auto cells = m_context.workspace.risks().heatMap();
    if (!risks || !cells) {
        m_message->setText((!risks ? risks.error() : cells.error()).describe());
        return;
    }
    m_heatMap->setCells(*cells);
    m_risks = *risks;
    fillTable();
    m_message->setText(query.probability > 0 ? tr("Risks with probability %1 and impact %2: %3. Click the cell again to list all.")
                                                   .arg(query.probability).arg(query.impact).arg(m_risks.size())
                                             : tr("Risks listed: %1.").arg(m_risks.size()));
}

void RiskPage::fillTable()
{
    const qint64 keep = m_keep;
    const QDate today = officeToday(m_context.workspace);
    const QString office = m_context.workspace.configuration().officeCode;
    m_table->clearSelection();
    m_table->setRowCount(int(m_risks.size()));
    for (int row = 0; row < m_risks.size(); ++row) {
        const Risk& risk = m_risks.at(row);
        const RiskText::Level level = RiskText::level(risk.score());
        const QStringList cells{tr("%1 · %2").arg(risk.score()).arg(RiskText::levelLabel(level)), RiskText::title(risk), toLabel(risk.draft.kind),
                                risk.ownerName.isEmpty() ? tr("Nobody yet") : risk.ownerName, toLabel(risk.status),
                                risk.draft.reviewOn.isValid() ? risk.draft.reviewOn.toString(Qt::ISODate) : QString(),
                                risk.officeCode == office ? tr("This office") : risk.officeCode};
        for (int column = 0; column < ColumnCount; ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
        m_table->item(row, Title)->setToolTip(cells.at(Title)); // a narrow window cuts long titles
        // A review date passed on a live risk stands out: someone owes a look.
        if (risk.isLive() && risk.draft.reviewOn.isValid() && risk.draft.reviewOn < today) {
            m_table->item(row, ReviewBy)->setForeground(QColor(0xb3, 0x26, 0x1e));
            m_table->item(row, ReviewBy)->setToolTip(tr("The review date has passed."));
        }
        if (risk.id == keep)
            m_table->selectRow(row);
    }
    // The office column only matters once risks come from more than one office.
    m_table->setColumnHidden(Office, std::all_of(m_risks.begin(), m_risks.end(), [&office](const Risk& r) { return r.officeCode == office; }));
    if (!selected() && !m_risks.isEmpty())
        m_table->selectRow(0);
    showSelected();
}

const Risk* RiskPage::selected() const
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_risks.size() || !m_table->selectionModel()->isRowSelected(row, {}))
        return nullptr;
    return &m_risks.at(row);
}

void RiskPage::showSelected()
{
    const Risk* risk = selected();
    m_edit->setEnabled(risk != nullptr);
    for (const char* name : {"mitigateRisk", "acceptRisk", "closeRisk"})
        findChild<QPushButton*>(QLatin1String(name))->setEnabled(risk && risk->isLive());
    findChild<QPushButton*>(QStringLiteral("reopenRisk"))->setEnabled(risk && !risk->isLive());
    if (!risk) {
        m_detail->setHtml(tr("<p>Choose a risk in the list.</p>"));
        return;
    }
    QString html = QStringLiteral("<h3>%1</h3>").arg(RiskText::title(*risk).toHtmlEscaped());
    html += QStringLiteral("<p>") + tr("Probability %1 × impact %2 = %3 (%4)")
                                       .arg(risk->draft.probability).arg(risk->draft.impact).arg(risk->score())
                                       .arg(RiskText::levelLabel(RiskText::level(risk->score()))).toHtmlEscaped()
            + QStringLiteral("</p>");
    if (!risk->ruleCode.isEmpty())
        html += paragraph(tr("Raised by an alert rule; alerts so far: %1").arg(risk->alertCount), RiskText::alert(*risk));
    if (!risk->draft.description.isEmpty())
        html += paragraph(tr("Description"), risk->draft.description);
    html += paragraph(tr("Mitigation plan"), risk->draft.mitigation.isEmpty() ? tr("None yet.") : risk->draft.mitigation);
    html += paragraph(tr("Contingency plan"), risk->draft.contingency.isEmpty() ? tr("None yet.") : risk->draft.contingency);
    m_detail->setHtml(html + historyHtml(*risk));
}

// Newest first: the last change is what a supervisor looks for.
QString RiskPage::historyHtml(const Risk& risk) const
{
    auto events = m_context.workspace.risks().history(risk);
    if (!events)
        return paragraph(tr("History"), events.error().message);
    const QTimeZone zone(m_context.workspace.configuration().officeTimeZone.toUtf8());
    QString items;
    for (auto it = events->crbegin(); it != events->crend(); ++it)
        items += QStringLiteral("<li><span style='color:#555'>%1 · %2</span><br>%3</li>")
                     .arg(TicketText::instant(it->at, zone).toHtmlEscaped(),
                          (it->actorName.isEmpty() ? tr("System") : it->actorName).toHtmlEscaped(),
                          RiskText::change(risk, *it).toHtmlEscaped());
    return QStringLiteral("<p><b>%1</b></p><ul style='margin-left:0'>%2</ul>").arg(tr("History").toHtmlEscaped(), items);
}

void RiskPage::newRisk()
{
    RiskDialog dialog(m_context, this);
    if (dialog.exec() == QDialog::Accepted) {
        refresh();
        showRisk(dialog.saved().id);
        m_message->setText(tr("Risk %1 recorded.").arg(dialog.saved().id));
    }
}

void RiskPage::editSelected()
{
    const Risk* risk = selected();
    if (!risk)
        return;
    RiskDialog dialog(m_context, *risk, this);
    if (dialog.exec() == QDialog::Accepted) {
        refresh();
        m_message->setText(tr("Risk %1 saved.").arg(dialog.saved().id));
    }
}

bool RiskPage::moveSelected(RiskStatus to)
{
    const Risk* risk = selected();
    if (!risk)
        return false;
    const qint64 id = risk->id;
    auto moved = m_context.workspace.risks().setStatus(id, risk->version, to, m_context.userId);
    if (!moved) {
        m_message->setText(moved.error().message);
        return false;
    }
    refresh();
    showRisk(id);
    m_message->setText(tr("Risk %1: %2.").arg(id).arg(toLabel(to)));
    return true;
}

bool RiskPage::checkAlerts()
{
    auto checked = m_context.workspace.riskAlerts().check(m_context.userId);
    if (!checked) {
        m_message->setText(checked.error().message);
        return false;
    }
    refresh();
    m_message->setText(tr("Alert rules checked: %1 holding, %2 new risks, %3 updated.")
                           .arg(checked->firing).arg(checked->raised).arg(checked->updated));
    return true;
}

void RiskPage::showRisk(qint64 riskId)
{
    for (int pass = 0; pass < 2; ++pass) {
        for (int row = 0; row < m_risks.size(); ++row)
            if (m_risks.at(row).id == riskId) {
                m_table->selectRow(row);
                return;
            }
        // Not in this list (closed, or another cell): show every risk.
        if (m_heatMap->pickedProbability() > 0)
            m_heatMap->pick(m_heatMap->pickedProbability(), m_heatMap->pickedImpact());
        m_list->setCurrentIndex(m_list->count() - 1);
        refresh();
    }
}

} // namespace sd
