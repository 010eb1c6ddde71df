#include "common/DialogParts.h"
#include "dispatch/VisitDialogs.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTimeEdit>
#include <QTimeZone>
#include <QVBoxLayout>

namespace sd {
namespace {

// Zones offered first; any IANA id may be typed.
const QStringList kCommonZones{QStringLiteral("Asia/Shanghai"), QStringLiteral("Asia/Urumqi"), QStringLiteral("Asia/Hong_Kong"),
                               QStringLiteral("Asia/Taipei"),   QStringLiteral("Asia/Singapore"), QStringLiteral("Asia/Tokyo"),
                               QStringLiteral("Europe/London"), QStringLiteral("Europe/Berlin"), QStringLiteral("America/New_York")};

QSpinBox* travelBox(QWidget* parent, const char* name, const QString& suffix)
{
    auto* box = new QSpinBox(parent);
    box->setObjectName(QLatin1String(name));
    box->setRange(-1, 10000);
    box->setSpecialValueText(VisitDialog::tr("not known"));
    box->setValue(-1);
    box->setSuffix(suffix);
    return box;
}

std::optional<qint64> travelValue(const QSpinBox* box)
{
    return box->value() < 0 ? std::nullopt : std::optional<qint64>(box->value());
}

} // namespace

VisitDialog::VisitDialog(AppContext& context, const QString& address, const Visit* existing, QWidget* parent)
    : QDialog(parent)
    , m_technician(new QComboBox(this))
    , m_address(new QLineEdit(address, this))
    , m_day(new QDateEdit(this))
    , m_from(new QTimeEdit(QTime(9, 0), this))
    , m_to(new QTimeEdit(QTime(11, 0), this))
    , m_zone(new QComboBox(this))
    , m_parts(new QPlainTextEdit(this))
    , m_tools(new QLineEdit(this))
    , m_travelKm(travelBox(this, "visitTravelKm", tr(" km")))
    , m_travelMinutes(travelBox(this, "visitTravelMinutes", tr(" min")))
    , m_problem(new QLabel(this))
{
    setObjectName(QStringLiteral("visitDialog"));
    setWindowTitle(existing ? tr("Reschedule visit %1").arg(existing->visitNo) : tr("Send a technician"));
    m_technician->setObjectName(QStringLiteral("visitTechnician"));
    m_technician->addItem(tr("Choose a technician"), 0);
    if (auto users = context.workspace.users().activeUsers())
        for (const User& user : *users)
            if (user.role == Role::Technician)
                m_technician->addItem(user.displayName, user.id);
    m_address->setObjectName(QStringLiteral("visitAddress"));
    m_day->setObjectName(QStringLiteral("visitDay"));
    m_day->setCalendarPopup(true);
    m_day->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_from->setObjectName(QStringLiteral("visitFrom"));
    m_to->setObjectName(QStringLiteral("visitTo"));
    for (QTimeEdit* edit : {m_from, m_to})
        edit->setDisplayFormat(QStringLiteral("HH:mm"));
    m_zone->setObjectName(QStringLiteral("visitZone"));
    m_zone->setEditable(true);
    const QString office = context.workspace.configuration().officeTimeZone;
    m_zone->addItem(office);
    for (const QString& zone : kCommonZones)
        if (zone != office)
            m_zone->addItem(zone);
    m_parts->setObjectName(QStringLiteral("visitParts"));
    m_parts->setPlaceholderText(tr("One per line, e.g. compressor capacitor ×1"));
    m_parts->setTabChangesFocus(true);
    m_parts->setFixedHeight(70);
    m_tools->setObjectName(QStringLiteral("visitTools"));
    m_problem->setObjectName(QStringLiteral("visitProblem"));
    m_problem->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_problem->setWordWrap(true);
    // Tomorrow is the usual first free day.
    const QDateTime now = QDateTime::fromSecsSinceEpoch(context.workspace.clock().now(), QTimeZone(office.toUtf8()));
    m_day->setDate(now.date().addDays(1));

    auto* window = new QHBoxLayout;
    window->addWidget(m_day);
    window->addWidget(m_from);
    window->addWidget(new QLabel(tr("to"), this));
    window->addWidget(m_to);
    window->addStretch();
    auto* travel = new QHBoxLayout;
    travel->addWidget(m_travelKm);
    travel->addWidget(m_travelMinutes);
    travel->addStretch();
    auto* form = new QFormLayout;
    form->addRow(tr("&Technician:"), m_technician);
    form->addRow(tr("&Address:"), m_address);
    form->addRow(tr("Appointment (&day, from, to):"), window);
    form->addRow(tr("Time &zone of the visit:"), m_zone);
    form->addRow(tr("&Parts to bring:"), m_parts);
    form->addRow(tr("T&ools to bring:"), m_tools);
    form->addRow(tr("Tra&vel (distance, time):"), travel);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    m_ok = DialogParts::addOkCancel(this, layout)->button(QDialogButtonBox::Ok);
    if (existing)
        fillFrom(*existing);
    connect(m_technician, &QComboBox::currentIndexChanged, this, &VisitDialog::updateOk);
    connect(m_address, &QLineEdit::textChanged, this, &VisitDialog::updateOk);
    connect(m_from, &QTimeEdit::timeChanged, this, &VisitDialog::updateOk);
    connect(m_to, &QTimeEdit::timeChanged, this, &VisitDialog::updateOk);
    connect(m_zone, &QComboBox::currentTextChanged, this, &VisitDialog::updateOk);
    updateOk();
    resize(520, 420);
}

void VisitDialog::fillFrom(const Visit& visit)
{
    m_technician->setCurrentIndex(qMax(0, m_technician->findData(visit.technicianId.value_or(0))));
    m_address->setText(visit.address);
    if (m_zone->findText(visit.timeZone) < 0)
        m_zone->addItem(visit.timeZone);
    m_zone->setCurrentText(visit.timeZone);
    const QTimeZone zone(visit.timeZone.toUtf8());
    const QDateTime from = QDateTime::fromSecsSinceEpoch(visit.windowFrom, zone);
    m_day->setDate(from.date());
    m_from->setTime(from.time());
    m_to->setTime(QDateTime::fromSecsSinceEpoch(visit.windowTo, zone).time());
    m_parts->setPlainText(visit.parts);
    m_tools->setText(visit.tools);
    m_travelKm->setValue(int(visit.travelKm.value_or(-1)));
    m_travelMinutes->setValue(int(visit.travelMinutes.value_or(-1)));
}

void VisitDialog::updateOk()
{
    QString problem;
    if (m_technician->currentData().toLongLong() == 0)
        problem = tr("Choose the technician to send.");
    else if (m_address->text().trimmed().isEmpty())
        problem = tr("Give the address of the visit.");
    else if (m_to->time() <= m_from->time())
        problem = tr("The appointment must end after it starts.");
    else if (!QTimeZone(m_zone->currentText().trimmed().toUtf8()).isValid())
        problem = tr("\"%1\" is not a known time zone.").arg(m_zone->currentText());
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_ok->setEnabled(problem.isEmpty());
}

VisitPlan VisitDialog::plan() const
{
    VisitPlan plan;
    plan.technicianId = m_technician->currentData().toLongLong();
    plan.address = m_address->text().trimmed();
    plan.timeZone = m_zone->currentText().trimmed();
    const QTimeZone zone(plan.timeZone.toUtf8());
    plan.windowFrom = QDateTime(m_day->date(), m_from->time(), zone).toSecsSinceEpoch();
    plan.windowTo = QDateTime(m_day->date(), m_to->time(), zone).toSecsSinceEpoch();
    plan.parts = m_parts->toPlainText().trimmed();
    plan.tools = m_tools->text().trimmed();
    plan.travelKm = travelValue(m_travelKm);
    plan.travelMinutes = travelValue(m_travelMinutes);
    return plan;
}

VisitReportDialog::VisitReportDialog(const Visit& visit, QWidget* parent)
    : QDialog(parent)
    , m_failure(new QComboBox(this))
    , m_noteLabel(new QLabel(this))
    , m_note(new QPlainTextEdit(this))
{
    setObjectName(QStringLiteral("visitReportDialog"));
    setWindowTitle(tr("Report on visit %1").arg(visit.visitNo));
    auto* layout = new QVBoxLayout(this);
    auto* question = new QLabel(tr("Visit %1 is %2. What happened?").arg(visit.visitNo).arg(toLabel(visit.status)), this);
    layout->addWidget(question);
    auto* group = new QButtonGroup(this);
    const QList<VisitStatus> steps{VisitStatus::EnRoute, VisitStatus::OnSite, VisitStatus::Done, VisitStatus::CannotComplete};
    const QStringList names{QStringLiteral("stepEnRoute"), QStringLiteral("stepOnSite"), QStringLiteral("stepDone"),
                            QStringLiteral("stepCannotComplete")};
    const int reached = visit.status == VisitStatus::EnRoute ? 1 : visit.status == VisitStatus::OnSite ? 2 : 0;
    for (int i = 0; i < steps.size(); ++i) {
        auto* button = new QRadioButton(toLabel(steps[i]), this);
        button->setObjectName(names[i]);
        button->setProperty("status", toCode(steps[i]));
        // Only forward: a step already reported is not offered again.
        button->setEnabled(i >= reached);
        group->addButton(button);
        layout->addWidget(button);
        m_steps.append(button);
    }
    m_failure->setObjectName(QStringLiteral("visitFailure"));
    m_failure->addItem(tr("Choose the reason"), QString());
    for (VisitFailure failure : allValues<VisitFailure>())
        m_failure->addItem(toLabel(failure), toCode(failure));
    auto* form = new QFormLayout;
    form->addRow(tr("&Reason:"), m_failure);
    layout->addLayout(form);
    m_note->setObjectName(QStringLiteral("visitNote"));
    m_note->setTabChangesFocus(true);
    m_noteLabel->setBuddy(m_note);
    m_noteLabel->setWordWrap(true);
    layout->addWidget(m_noteLabel);
    layout->addWidget(m_note);
    m_ok = DialogParts::addOkCancel(this, layout)->button(QDialogButtonBox::Ok);
    connect(group, &QButtonGroup::buttonToggled, this, &VisitReportDialog::updateFields);
    connect(m_failure, &QComboBox::currentIndexChanged, this, &VisitReportDialog::updateFields);
    connect(m_note, &QPlainTextEdit::textChanged, this, &VisitReportDialog::updateFields);
    updateFields();
    resize(460, 360);
}

void VisitReportDialog::updateFields()
{
    const VisitReport chosen = report();
    const bool any = std::any_of(m_steps.begin(), m_steps.end(), [](QRadioButton* b) { return b->isChecked(); });
    const bool failing = any && chosen.to == VisitStatus::CannotComplete;
    const bool ending = failing || (any && chosen.to == VisitStatus::Done);
    m_failure->setEnabled(failing);
    m_noteLabel->setText(chosen.to == VisitStatus::Done ? tr("&Work done (required):")
                         : failing                      ? tr("&What happened (required):")
                                                        : tr("&Notes (optional):"));
    const bool complete = any && (!failing || chosen.failure) && (!ending || !chosen.note.isEmpty());
    m_ok->setEnabled(complete);
}

VisitReport VisitReportDialog::report() const
{
    VisitReport report;
    for (QRadioButton* button : m_steps)
        if (button->isChecked())
            report.to = fromCode<VisitStatus>(button->property("status").toString()).value_or(VisitStatus::EnRoute);
    report.failure = fromCode<VisitFailure>(m_failure->currentData().toString());
    report.note = m_note->toPlainText().trimmed();
    return report;
}

} // namespace sd
