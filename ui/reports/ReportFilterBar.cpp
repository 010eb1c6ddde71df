#include "config/Configuration.h"
#include "reports/ReportFilterBar.h"

#include "workspace/Workspace.h"

#include <QComboBox>
#include <QDateEdit>
#include <QGridLayout>
#include <QLabel>
#include <QSignalBlocker>

namespace sd {
namespace {

QDate quarterStart(const QDate& day)
{
    return QDate(day.year(), (day.month() - 1) / 3 * 3 + 1, 1);
}

qint64 midnight(const QDate& day, const QTimeZone& zone)
{
    return QDateTime(day, QTime(0, 0), zone).toSecsSinceEpoch();
}

QString code(const QComboBox* combo)
{
    return combo->currentData().toString();
}

template <typename E>
std::optional<E> enumCode(const QComboBox* combo)
{
    return fromCode<E>(code(combo));
}

} // namespace

ReportFilterBar::ReportFilterBar(Workspace& workspace, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
{
    m_grid = new QGridLayout(this);
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_preset = addCombo(QStringLiteral("reportPeriod"), tr("Period"));
    m_preset->addItems({tr("Today"), tr("This week"), tr("Last week"), tr("This month"), tr("Last month"),
                        tr("This quarter"), tr("Custom")});
    m_preset->setCurrentIndex(int(Preset::LastMonth));
    for (QDateEdit** edit : {&m_from, &m_to}) {
        *edit = new QDateEdit(this);
        (*edit)->setCalendarPopup(true);
        (*edit)->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    m_from->setObjectName(QStringLiteral("reportFrom"));
    m_to->setObjectName(QStringLiteral("reportTo"));
    m_grid->addWidget(new QLabel(tr("From"), this), 0, m_nextCell);
    m_grid->addWidget(m_from, 1, m_nextCell++);
    m_grid->addWidget(new QLabel(tr("To (inclusive)"), this), 0, m_nextCell);
    m_grid->addWidget(m_to, 1, m_nextCell++);
    m_bucket = addCombo(QStringLiteral("reportBucket"), tr("Trend by"));
    m_bucket->addItem(tr("Automatic"), int(TrendBucket::Automatic));
    m_bucket->addItem(tr("Day"), int(TrendBucket::Day));
    m_bucket->addItem(tr("Week"), int(TrendBucket::Week));
    m_bucket->addItem(tr("Month"), int(TrendBucket::Month));
    fillZones();
    // Filters on a second line: one line of eleven fields is wider than a laptop.
    m_row = 2;
    m_nextCell = 0;
    fillCombos();
    m_grid->setColumnStretch(8, 1);
    applyPreset();
    connect(m_preset, &QComboBox::currentIndexChanged, this, &ReportFilterBar::applyPreset);
    for (QDateEdit* edit : {m_from, m_to})
        connect(edit, &QDateEdit::dateChanged, this, &ReportFilterBar::changed);
    for (QComboBox* combo : {m_bucket, m_team, m_agent, m_category, m_channel, m_tier, m_priority, m_office})
        connect(combo, &QComboBox::currentIndexChanged, this, &ReportFilterBar::changed);
    connect(m_zoneBox, &QComboBox::currentIndexChanged, this, [this] {
        setTimeZone(QTimeZone(m_zoneBox->currentData().toByteArray()));
    });
}

QComboBox* ReportFilterBar::addCombo(const QString& name, const QString& label)
{
    auto* combo = new QComboBox(this);
    combo->setObjectName(name);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto* caption = new QLabel(label, this);
    caption->setBuddy(combo);
    m_grid->addWidget(caption, m_row, m_nextCell);
    m_grid->addWidget(combo, m_row + 1, m_nextCell++);
    return combo;
}

void ReportFilterBar::fillCombos()
{
    const Configuration& config = m_workspace.configuration();
    m_team = addCombo(QStringLiteral("reportTeam"), tr("Team"));
    m_team->addItem(tr("All"), QString());
    for (const Team& team : config.teams)
        m_team->addItem(displayName(team.name), team.code);
    m_agent = addCombo(QStringLiteral("reportAgent"), tr("Agent"));
    m_agent->addItem(tr("All"), QString());
    if (auto users = m_workspace.users().activeUsers()) {
        for (const User& user : *users)
            m_agent->addItem(user.displayName, user.login);
    }
    m_category = addCombo(QStringLiteral("reportCategory"), tr("Category"));
    fillEnum<Category>(m_category);
    m_channel = addCombo(QStringLiteral("reportChannel"), tr("Channel"));
    fillEnum<Channel>(m_channel);
    m_tier = addCombo(QStringLiteral("reportTier"), tr("Tier"));
    m_tier->addItem(tr("All"), QString());
    for (const TierDefinition& tier : config.tiers)
        m_tier->addItem(displayName(tier.name), tier.code);
    m_priority = addCombo(QStringLiteral("reportPriority"), tr("Priority"));
    fillEnum<Priority>(m_priority);
    m_office = addCombo(QStringLiteral("reportOffice"), tr("Office"));
    m_office->addItem(tr("All"), QString());
    m_office->addItem(config.officeName.isEmpty() ? config.officeCode : displayName(config.officeName), config.officeCode);
}

// The office's zone comes first and is chosen: a supervisor in another zone
// still sees the office's days. Every other IANA zone can be picked.
void ReportFilterBar::fillZones()
{
    m_zoneBox = addCombo(QStringLiteral("reportZone"), tr("Time zone"));
    const QByteArray office = m_workspace.configuration().officeTimeZone.toUtf8();
    const QByteArray computer = QTimeZone::systemTimeZoneId();
    m_zoneBox->addItem(tr("%1 (office)").arg(QString::fromUtf8(office)), office);
    if (computer != office)
        m_zoneBox->addItem(tr("%1 (this computer)").arg(QString::fromUtf8(computer)), computer);
    for (const QByteArray& id : QTimeZone::availableTimeZoneIds())
        if (id != office && id != computer && id.contains('/'))
            m_zoneBox->addItem(QString::fromUtf8(id), id);
    m_zoneBox->setMaxVisibleItems(20);
    m_zone = QTimeZone(office);
    if (!m_zone.isValid())
        m_zone = QTimeZone::systemTimeZone();
}

template <typename E>
void ReportFilterBar::fillEnum(QComboBox* combo)
{
    combo->addItem(tr("All"), QString());
    for (E value : allValues<E>())
        combo->addItem(toLabel(value), toCode(value));
}

void ReportFilterBar::setTimeZone(const QTimeZone& zone)
{
    m_zone = zone;
    if (m_zoneBox) {
        const QSignalBlocker quiet(m_zoneBox);
        const int index = m_zoneBox->findData(zone.id());
        if (index >= 0)
            m_zoneBox->setCurrentIndex(index);
    }
    applyPreset();
}

void ReportFilterBar::setPeriod(QDate fromInclusive, QDate toExclusive)
{
    {
        const QSignalBlocker blockPreset(m_preset), blockFrom(m_from), blockTo(m_to);
        m_preset->setCurrentIndex(int(Preset::Custom));
        m_from->setDate(fromInclusive);
        m_to->setDate(toExclusive.addDays(-1));
        m_from->setEnabled(true);
        m_to->setEnabled(true);
    }
    emit changed();
}

QDate ReportFilterBar::today() const
{
    return QDateTime::fromSecsSinceEpoch(m_workspace.clock().now(), m_zone).date();
}

void ReportFilterBar::applyPreset()
{
    const auto preset = Preset(m_preset->currentIndex());
    const QDate day = today();
    const QDate monday = day.addDays(1 - day.dayOfWeek());
    const QDate monthStart(day.year(), day.month(), 1);
    // "This ..." periods run to the end of today: the rest has not happened yet.
    QDate from = day, toInclusive = day;
    switch (preset) {
    case Preset::Today: break;
    case Preset::ThisWeek: from = monday; break;
    case Preset::LastWeek: from = monday.addDays(-7), toInclusive = monday.addDays(-1); break;
    case Preset::ThisMonth: from = monthStart; break;
    case Preset::LastMonth: from = monthStart.addMonths(-1), toInclusive = monthStart.addDays(-1); break;
    case Preset::ThisQuarter: from = quarterStart(day); break;
    case Preset::Custom: from = m_from->date(), toInclusive = m_to->date(); break;
    }
    {
        const QSignalBlocker blockFrom(m_from), blockTo(m_to);
        m_from->setDate(from);
        m_to->setDate(toInclusive);
        m_from->setEnabled(preset == Preset::Custom);
        m_to->setEnabled(preset == Preset::Custom);
    }
    emit changed();
}

void ReportFilterBar::restrictTo(const QString& teamCode, const QString& agentLogin)
{
    const QSignalBlocker quietTeam(m_team);
    const QSignalBlocker quietAgent(m_agent);
    m_team->setCurrentIndex(std::max(0, m_team->findData(teamCode)));
    m_team->setEnabled(false);
    if (!agentLogin.isEmpty()) {
        m_agent->setCurrentIndex(std::max(0, m_agent->findData(agentLogin)));
        m_agent->setEnabled(false);
    }
}

void ReportFilterBar::setAgent(const QString& login)
{
    const int row = m_agent->findData(login);
    if (row >= 0)
        m_agent->setCurrentIndex(row);
}

void ReportFilterBar::showPeriodAndAgentOnly(const std::function<bool(const QString& login)>& mayShow)
{
    const QList<QComboBox*> hidden{m_bucket, m_team, m_category, m_channel, m_tier, m_priority, m_office};
    for (QLabel* caption : findChildren<QLabel*>())
        if (hidden.contains(caption->buddy()))
            caption->hide();
    for (QComboBox* combo : hidden) {
        const QSignalBlocker quiet(combo);
        combo->setCurrentIndex(0);
        combo->hide();
    }
    // The agent joins the period's line: the line of filters is gone.
    for (QLabel* caption : findChildren<QLabel*>())
        if (caption->buddy() == m_agent) {
            m_grid->removeWidget(caption);
            m_grid->addWidget(caption, 0, 5);
        }
    m_grid->removeWidget(m_agent);
    m_grid->addWidget(m_agent, 1, 5);
    const QSignalBlocker quiet(m_agent);
    for (int row = m_agent->count() - 1; row >= 0; --row) {
        const QString login = m_agent->itemData(row).toString();
        if (login.isEmpty() || !mayShow(login))
            m_agent->removeItem(row);
    }
    m_agent->setEnabled(m_agent->count() > 1);
}

ReportRequest ReportFilterBar::request() const
{
    ReportRequest request;
    request.zone = m_zone;
    request.from = midnight(m_from->date(), m_zone);
    request.to = midnight(std::max(m_from->date(), m_to->date()).addDays(1), m_zone);
    request.bucket = TrendBucket(m_bucket->currentData().toInt());
    request.filter.team = code(m_team);
    request.filter.agent = code(m_agent);
    request.filter.category = enumCode<Category>(m_category);
    request.filter.channel = enumCode<Channel>(m_channel);
    request.filter.tier = code(m_tier);
    request.filter.priority = enumCode<Priority>(m_priority);
    request.filter.office = code(m_office);
    return request;
}

} // namespace sd
