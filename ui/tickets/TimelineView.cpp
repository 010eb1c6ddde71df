#include "config/Configuration.h"
#include "tickets/TimelineView.h"

#include "process/AttachmentService.h"
#include "quality/QualityService.h"

#include <QLocale>
#include <QRegularExpression>

#include "tickets/TicketText.h"

#include <QCheckBox>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QSettings>
#include <QVBoxLayout>

#include <algorithm>

namespace sd {
namespace {

const QString kNewestFirstKey = QStringLiteral("ticketForm/newestFirst");

struct EntryStyle
{
    const char* background;
    const char* accent;
};

// Notes are amber and replies blue: colour plus a written tag, so the
// difference survives colour blindness and greyscale printouts.
constexpr EntryStyle kInternalStyle{"#fff6dc", "#b97f00"};
constexpr EntryStyle kPublicStyle{"#eaf2fc", "#2f6fb5"};
constexpr EntryStyle kEventStyle{"#f6f7f9", "#c3c8cf"};
constexpr EntryStyle kBreachStyle{"#fdeeee", "#b3261e"};
// The customer's own words: green, told apart from the desk's replies.
constexpr EntryStyle kCustomerStyle{"#ecf7ef", "#2e7d46"};

EntryStyle styleFor(const TicketEvent& event)
{
    if (event.kind == QLatin1String("comment"))
        return event.isPublic ? kPublicStyle : kInternalStyle;
    if (event.kind == QLatin1String("sla_breach"))
        return kBreachStyle;
    if (event.kind == QLatin1String("customer_reply"))
        return kCustomerStyle;
    return kEventStyle;
}

QString elided(const QString& text)
{
    constexpr int kMax = 60;
    const QString flat = text.simplified();
    return flat.size() <= kMax ? flat : flat.left(kMax - 1) + QChar(0x2026);
}

template <typename E>
QString labelOfCode(const QString& code)
{
    const auto value = fromCode<E>(code);
    return value ? toLabel(*value) : code;
}

} // namespace

TimelineView::TimelineView(AppContext& context, QWidget* parent)
    : QWidget(parent)
    , m_context(context)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* header = new QHBoxLayout;
    auto* title = new QLabel(tr("History"), this);
    title->setStyleSheet(QStringLiteral("font-weight: 600;"));
    m_newestFirst = new QCheckBox(tr("Newest first"), this);
    m_newestFirst->setObjectName(QStringLiteral("newestFirstToggle"));
    m_newestFirst->setChecked(QSettings().value(kNewestFirstKey, true).toBool());
    header->addWidget(title);
    header->addStretch();
    header->addWidget(m_newestFirst);
    layout->addLayout(header);

    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(QStringLiteral("timelineScroll"));
    m_scroll->setWidgetResizable(true);
    // Entries wrap to the pane's width; sideways scrolling hides the time stamps.
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setFocusPolicy(Qt::NoFocus); // entries are read with the mouse wheel; Tab skips to the comment box
    m_scroll->setFrameShape(QFrame::StyledPanel);
    auto* content = new QWidget(m_scroll);
    m_entries = new QVBoxLayout(content);
    m_entries->setSpacing(6);
    m_scroll->setWidget(content);
    layout->addWidget(m_scroll, 1);

    connect(m_newestFirst, &QCheckBox::toggled, this, [this](bool checked) {
        QSettings().setValue(kNewestFirstKey, checked);
        rebuild();
    });
    rebuild();
}

void TimelineView::setEvents(const QList<TicketEvent>& events)
{
    m_events = events;
    rebuild();
}

void TimelineView::setTimeZone(const QTimeZone& zone)
{
    m_zone = zone;
    rebuild();
}

bool TimelineView::newestFirst() const
{
    return m_newestFirst->isChecked();
}

void TimelineView::setNewestFirst(bool newestFirst)
{
    m_newestFirst->setChecked(newestFirst);
}

void TimelineView::clearEntries()
{
    while (QLayoutItem* item = m_entries->takeAt(0)) {
        delete item->widget();
        delete item;
    }
}

void TimelineView::rebuild()
{
    clearEntries();
    QList<TicketEvent> ordered = m_events;
    // Core returns the timeline oldest first; equal instants keep that order.
    std::stable_sort(ordered.begin(), ordered.end(),
                     [](const TicketEvent& a, const TicketEvent& b) { return a.at < b.at; });
    if (newestFirst())
        std::reverse(ordered.begin(), ordered.end());
    if (ordered.isEmpty()) {
        auto* empty = new QLabel(tr("No history yet. It starts when the ticket is saved."));
        empty->setObjectName(QStringLiteral("timelineEmpty"));
        empty->setWordWrap(true);
        empty->setStyleSheet(QStringLiteral("color: #666;"));
        m_entries->addWidget(empty);
    }
    for (const TicketEvent& event : std::as_const(ordered))
        m_entries->addWidget(entryFor(event));
    m_entries->addStretch();
}

QFrame* TimelineView::entryFor(const TicketEvent& event)
{
    const EntryStyle style = styleFor(event);
    auto* frame = new QFrame;
    frame->setObjectName(QStringLiteral("timelineEntry"));
    frame->setProperty("kind", event.kind);
    frame->setProperty("internal", event.kind == QLatin1String("comment") && !event.isPublic);
    frame->setStyleSheet(QStringLiteral("QFrame#timelineEntry { background: %1; border: none; border-left: 4px solid %2;"
                                        " border-radius: 3px; }")
                             .arg(QLatin1String(style.background), QLatin1String(style.accent)));
    auto* layout = new QVBoxLayout(frame);
    layout->setContentsMargins(10, 6, 8, 6);
    layout->setSpacing(3);

    auto* top = new QHBoxLayout;
    top->setSpacing(8);
    const QString tag = tagFor(event);
    if (!tag.isEmpty()) {
        auto* tagLabel = new QLabel(tag, frame);
        tagLabel->setObjectName(QStringLiteral("timelineTag"));
        // Coloured words, not a filled box: a filled box reads as a button to click.
        tagLabel->setStyleSheet(QStringLiteral("color: %1; font-weight: 600;").arg(QLatin1String(style.accent)));
        top->addWidget(tagLabel);
    }
    const QString actor = event.actorName.isEmpty() ? tr("System") : event.actorName;
    // A merged duplicate's entries say which ticket they were written on.
    const QString when = TicketText::instant(event.at, m_zone);
    auto* meta = new QLabel(event.fromNumber.isEmpty() ? tr("%1 · %2").arg(actor, when)
                                                       : tr("%1 · %2 · on the duplicate %3").arg(actor, when, event.fromNumber),
                            frame);
    meta->setObjectName(QStringLiteral("timelineMeta"));
    meta->setStyleSheet(QStringLiteral("color: #555;"));
    meta->setWordWrap(true);
    top->addWidget(meta, 1);
    layout->addLayout(top);

    const bool isComment = event.kind == QLatin1String("comment");
    auto* text = new QLabel(isComment ? event.body : describe(event), frame);
    text->setObjectName(QStringLiteral("timelineText"));
    text->setTextFormat(Qt::PlainText);
    text->setWordWrap(true);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    layout->addWidget(text);
    return frame;
}

QString TimelineView::tagFor(const TicketEvent& event) const
{
    if (event.kind == QLatin1String("comment"))
        return event.isPublic ? tr("Reply to the customer (recorded, not sent)") : tr("Internal note");
    if (event.kind == QLatin1String("customer_reply"))
        return tr("Customer's reply");
    if (event.kind == QLatin1String("sla_breach"))
        return tr("SLA breached");
    if (event.kind == QLatin1String("sla_warning"))
        return tr("SLA warning");
    return {};
}

QString TimelineView::describe(const TicketEvent& event) const
{
    const QString& kind = event.kind;
    if (kind == QLatin1String("created"))
        return tr("Created the ticket %1.").arg(event.newValue);
    if (kind == QLatin1String("comment"))
        return event.isPublic ? tr("Replied to the customer: %1").arg(event.body)
                              : tr("Added an internal note: %1").arg(event.body);
    if (kind == QLatin1String("status"))
        return describeStatus(event);
    if (kind == QLatin1String("assignment"))
        return describeAssignment(event);
    if (kind == QLatin1String("team"))
        return event.oldValue.isEmpty() ? tr("Handed the ticket to team %1.").arg(teamName(event.newValue))
                                        : tr("Moved the ticket from team %1 to %2.")
                                              .arg(teamName(event.oldValue), teamName(event.newValue));
    if (kind == QLatin1String("priority"))
        return tr("Changed the priority from %1 to %2.")
            .arg(labelOfCode<Priority>(event.oldValue), labelOfCode<Priority>(event.newValue));
    if (kind == QLatin1String("escalation"))
        return withBody(tr("Escalated the ticket from %1 to %2.")
                            .arg(labelOfCode<SupportLevel>(event.oldValue), labelOfCode<SupportLevel>(event.newValue)),
                        tr("Reason"), event.body);
    if (kind == QLatin1String("field"))
        return tr("Changed the %1 from “%2” to “%3”.")
            .arg(TicketText::fieldLabel(event.field), fieldValue(event.field, event.oldValue),
                 fieldValue(event.field, event.newValue));
    if (kind == QLatin1String("tier"))
        return tr("The customer's tier changed from %1 to %2; the SLA follows the new tier.")
            .arg(tierName(event.oldValue), tierName(event.newValue));
    if (kind == QLatin1String("sla_warning") || kind == QLatin1String("sla_breach"))
        return describeSla(event);
    if (kind == QLatin1String("survey"))
        return describeSurvey(event);
    if (kind == QLatin1String("complaint"))
        return describeComplaint(event);
    if (kind == QLatin1String("cost") || kind == QLatin1String("cost_voided"))
        return describeCost(event);
    if (kind == QLatin1String("acceptance"))
        return event.newValue == toCode(Acceptance::Confirmed)
            ? tr("The customer confirmed the fix.")
            : withBody(tr("The customer says it is not fixed; the ticket goes back to In progress."), tr("Still wrong"), event.body);
    if (kind == QLatin1String("visit"))
        return describeVisit(event);
    if (kind == QLatin1String("plan"))
        return describePlan(event);
    if (kind == QLatin1String("escalation_rule"))
        return describeEscalationRule(event);
    if (kind == QLatin1String("customer_reply"))
        return tr("The customer said: %1").arg(event.body);
    if (kind == QLatin1String("attachment"))
        return describeAttachment(event);
    if (kind == QLatin1String("return_visit"))
        return describeReturnVisit(event);
    if (kind == QLatin1String("quality"))
        return describeQuality(event);
    if (kind == QLatin1String("knowledge"))
        return describeKnowledge(event);
    if (kind == QLatin1String("link") || kind == QLatin1String("unlink") || kind == QLatin1String("merge")
        || kind == QLatin1String("split"))
        return describeLink(event);
    return tr("Recorded “%1”.").arg(kind);
}

QString TimelineView::describeAttachment(const TicketEvent& event) const
{
    const QString size = AttachmentService::sizeText(event.body.toLongLong());
    const bool removed = event.field == QLatin1String("removed");
    if (event.oldValue.isEmpty())
        return removed ? tr("Removed the attachment %1 (%2).").arg(event.newValue, size)
                       : tr("Attached %1 (%2).").arg(event.newValue, size);
    return removed ? tr("Removed the attachment %1 (%2) of visit %3.").arg(event.newValue, size, event.oldValue)
                   : tr("Attached %1 (%2) to visit %3.").arg(event.newValue, size, event.oldValue);
}

// field: why the visit was made; new value: the outcome; old value: the attempt, while the customer is tried again.
QString TimelineView::describeReturnVisit(const TicketEvent& event) const
{
    const QString reason = labelOfCode<ReturnReason>(event.field);
    if (!event.oldValue.isEmpty())
        return withBody(tr("Return visit (%1): the customer could not be reached (attempt %2); to be tried again.")
                            .arg(reason, event.oldValue),
                        tr("Note"), event.body);
    return withBody(tr("Return visit (%1): %2.").arg(reason, labelOfCode<ReturnOutcome>(event.newValue)), tr("The customer said"),
                    event.body);
}

// field: the step; old value: the review's uuid; new value: the score; body: what was written.
QString TimelineView::describeQuality(const TicketEvent& event) const
{
    const QaStep step = fromCode<QaStep>(event.field).value_or(QaStep::Reviewed);
    if (step == QaStep::Sampled)
        return tr("Drawn for a quality review.");
    if (step == QaStep::Calibration)
        return tr("Taken for a calibration review: several inspectors score it, out of every figure.");
    // The words and the score are for the agent reviewed and for those who review quality.
    const bool details = m_context.workspace.quality().maySeeDetails(event.oldValue, m_context.userId);
    const QString score = QLocale().toString(event.newValue.toDouble(), 'f', 2);
    switch (step) {
    case QaStep::Reviewed:
        return details ? withBody(tr("Quality reviewed: score %1.").arg(score), tr("Feedback"), event.body) : tr("Quality reviewed.");
    case QaStep::FailedCritical:
        return details ? withBody(tr("Quality reviewed: failed on a critical criterion, score 0."), tr("Feedback"), event.body)
                       : tr("Quality reviewed.");
    case QaStep::Acknowledged:
        return tr("The agent acknowledged the quality review.");
    case QaStep::Disputed:
        return details ? withBody(tr("The agent disputed the quality review."), tr("Why"), event.body)
                       : tr("The agent disputed the quality review.");
    case QaStep::Escalated:
        return details ? withBody(tr("The agent took the quality review to a supervisor."), tr("Why"), event.body)
                       : tr("The agent took the quality review to a supervisor.");
    case QaStep::Settled:
        return details ? withBody(tr("Answered the dispute; the score stays."), tr("Answer"), event.body)
                       : tr("Answered the dispute on the quality review.");
    case QaStep::Revised:
        return details ? withBody(tr("Answered the dispute and revised the score to %1.").arg(score), tr("Answer"), event.body)
                       : tr("Answered the dispute on the quality review.");
    default:
        return {};
    }
}

// field: used (in a reply) or written (from this ticket); new value: the article's uuid; body: its title then.
QString TimelineView::describeKnowledge(const TicketEvent& event) const
{
    if (event.field == QLatin1String("written"))
        return tr("Wrote the knowledge-base article “%1” from this ticket.").arg(event.body);
    return tr("Used the knowledge-base article “%1” in a reply.").arg(event.body);
}

QString TimelineView::describeLink(const TicketEvent& event) const
{
    const QString& kind = event.kind;
    const bool to = event.field == QLatin1String("into") || event.field == QLatin1String("to");
    if (kind == QLatin1String("link"))
        return tr("Linked this ticket to %1 as related.").arg(event.newValue);
    if (kind == QLatin1String("unlink"))
        return tr("Removed the link to %1.").arg(event.oldValue);
    if (kind == QLatin1String("merge"))
        return withBody(to ? tr("Merged this ticket into %1 as a duplicate; the work goes on there.").arg(event.newValue)
                           : tr("Merged the duplicate %1 into this ticket; its timeline is shown here.").arg(event.newValue),
                        tr("Note"), event.body);
    return to ? tr("Split a second matter off into the new ticket %1.").arg(event.newValue)
              : tr("Split off from %1.").arg(event.newValue);
}

QString TimelineView::describeStatus(const TicketEvent& event) const
{
    const QString sentence = tr("Changed the status from %1 to %2.")
                                 .arg(labelOfCode<TicketStatus>(event.oldValue), labelOfCode<TicketStatus>(event.newValue));
    const bool resolved = event.newValue == toCode(TicketStatus::Resolved);
    return withBody(sentence, resolved ? tr("Solution") : tr("Reason"), event.body);
}

QString TimelineView::describeAssignment(const TicketEvent& event) const
{
    if (event.newValue.isEmpty())
        return tr("Removed %1 as assignee.").arg(userName(event.oldValue));
    // The team's rule did it (tickets/AutoAssigner): the body names the rule.
    if (const auto rule = fromCode<AssignmentMode>(event.body); rule && !event.actorId)
        return tr("Assigned the ticket to %1 automatically (the team's rule: %2).").arg(userName(event.newValue), toLabel(*rule));
    if (event.oldValue.isEmpty())
        return tr("Assigned the ticket to %1.").arg(userName(event.newValue));
    return tr("Reassigned the ticket from %1 to %2.").arg(userName(event.oldValue), userName(event.newValue));
}

// field: the checkpoint ("resolution_breach"); body: what the rule did ("notify,raise").
QString TimelineView::describeEscalationRule(const TicketEvent& event) const
{
    const QStringList actions = event.body.split(QLatin1Char(','));
    QStringList done;
    if (actions.contains(QStringLiteral("notify")))
        done.append(tr("the supervisors of team %1 were notified").arg(teamName(event.oldValue)));
    if (actions.contains(QStringLiteral("raise")))
        done.append(tr("the support level was raised"));
    return tr("Escalation rule (%1): %2.").arg(TicketText::checkpoint(event.field), done.join(tr("; ")));
}

QString TimelineView::describeSla(const TicketEvent& event) const
{
    const bool firstResponse = event.field == QLatin1String("first_response");
    if (event.kind == QLatin1String("sla_warning"))
        return firstResponse ? tr("75 % of the first-response time is used up.")
                             : tr("75 % of the resolution time is used up.");
    return firstResponse ? tr("The first-response deadline was missed.") : tr("The resolution deadline was missed.");
}

QString TimelineView::describeSurvey(const TicketEvent& event) const
{
    QString sentence = event.oldValue.isEmpty()
        ? tr("Recorded customer satisfaction: %1 of 5.").arg(event.newValue)
        : tr("Changed customer satisfaction from %1 to %2 of 5.").arg(event.oldValue, event.newValue);
    // The dimensions, as "timeliness/professionalism/attitude" (TicketService).
    const QStringList dimensions = event.field.split(QLatin1Char('/'));
    if (dimensions.size() == 3)
        sentence += QLatin1Char(' ') + tr("Timeliness %1, professionalism %2, attitude %3.").arg(dimensions[0], dimensions[1], dimensions[2]);
    return withBody(sentence, tr("Customer's comment"), event.body);
}

// The handling step's body is "REMEDY[ AMOUNT][: remarks]" (ComplaintService).
QString TimelineView::describeComplaint(const TicketEvent& event) const
{
    const QString sentence = tr("Complaint: %1 → %2.")
                                 .arg(labelOfCode<ComplaintStage>(event.oldValue), labelOfCode<ComplaintStage>(event.newValue));
    if (event.newValue == toCode(ComplaintStage::Handled)) {
        static const QRegularExpression handled(QStringLiteral("^(\\w+)(?: (\\d+\\.\\d\\d))?(?:: (.*))?$"),
                                                QRegularExpression::DotMatchesEverythingOption);
        const auto match = handled.match(event.body);
        if (match.hasMatch() && fromCode<Remedy>(match.captured(1))) {
            QString remedy = labelOfCode<Remedy>(match.captured(1));
            if (!match.captured(2).isEmpty())
                remedy = tr("%1, %2").arg(remedy, QLocale().toString(match.captured(2).toDouble(), 'f', 2));
            return withBody(withBody(sentence, tr("Remedy"), remedy), tr("Remarks"), match.captured(3));
        }
    }
    const QString label = event.newValue == toCode(ComplaintStage::Verified)        ? tr("Evidence")
                        : event.newValue == toCode(ComplaintStage::FeedbackGiven) ? tr("Feedback")
                                                                                    : tr("Note");
    return withBody(sentence, label, event.body);
}

// Amounts are stored as "units.cents" text: shown in the agent's number format.
QString TimelineView::describeCost(const TicketEvent& event) const
{
    const QString amount = QLocale().toString(event.newValue.toDouble(), 'f', 2);
    const QString charged = QLocale().toString(event.oldValue.toDouble(), 'f', 2);
    const QString sentence = event.kind == QLatin1String("cost_voided")
        ? tr("Voided a cost line: %1, %2.").arg(labelOfCode<CostKind>(event.field), amount)
        : tr("Recorded a cost: %1, %2 (the customer pays %3).").arg(labelOfCode<CostKind>(event.field), amount, charged);
    return withBody(sentence, tr("What"), event.body);
}

// A visit's event: field "NUMBER[:REASON]"; a scheduling step's body is
// "TECHNICIAN_ID FROM TO ZONE" (VisitService).
QString TimelineView::describeVisit(const TicketEvent& event) const
{
    const QString number = event.field.section(QLatin1Char(':'), 0, 0);
    const auto status = fromCode<VisitStatus>(event.newValue).value_or(VisitStatus::Scheduled);
    if (status == VisitStatus::Scheduled) {
        const QStringList parts = event.body.split(QLatin1Char(' '));
        const QString who = userName(parts.value(0));
        const QTimeZone zone(parts.value(3).toUtf8());
        const QString window = TicketText::window(parts.value(1).toLongLong(), parts.value(2).toLongLong(),
                                                  zone.isValid() ? zone : m_zone);
        return event.oldValue.isEmpty() ? tr("Visit %1 scheduled: %2, %3.").arg(number, who, window)
                                        : tr("Visit %1 rescheduled: %2, %3.").arg(number, who, window);
    }
    const QString sentence = tr("Visit %1: %2 → %3.").arg(number, labelOfCode<VisitStatus>(event.oldValue), toLabel(status));
    switch (status) {
    case VisitStatus::CannotComplete:
        return withBody(withBody(sentence, tr("Reason"), labelOfCode<VisitFailure>(event.field.section(QLatin1Char(':'), 1))),
                        tr("Technician's notes"), event.body);
    case VisitStatus::Done: return withBody(sentence, tr("Work done"), event.body);
    case VisitStatus::Cancelled: return withBody(sentence, tr("Reason"), event.body);
    default: return sentence;
    }
}

// A plan's event: field the version, old value "TOTAL/CUSTOMER", body the
// cause (proposed) or "HOW WHO" (consented) (PlanService).
QString TimelineView::describePlan(const TicketEvent& event) const
{
    const QStringList amounts = event.oldValue.split(QLatin1Char('/'));
    const auto amount = [&](int i) { return QLocale().toString(amounts.value(i).toDouble(), 'f', 2); };
    if (event.newValue == QLatin1String("consented"))
        return tr("The customer agreed to version %1 of the plan (%2): %3.")
            .arg(event.field, labelOfCode<ConsentMethod>(event.body.section(QLatin1Char(' '), 0, 0)), event.body.section(QLatin1Char(' '), 1));
    return withBody(tr("Solution plan version %1 proposed: estimate %2, the customer pays %3.").arg(event.field, amount(0), amount(1)),
                    tr("Cause"), event.body);
}

QString TimelineView::withBody(const QString& sentence, const QString& bodyLabel, const QString& body) const
{
    if (body.isEmpty())
        return sentence;
    return tr("%1\n%2: %3").arg(sentence, bodyLabel, body);
}

QString TimelineView::userName(const QString& idText) const
{
    bool ok = false;
    const qint64 id = idText.toLongLong(&ok);
    if (!ok)
        return tr("nobody");
    auto user = m_context.workspace.users().byId(id);
    return user ? user->displayName : tr("user %1").arg(id);
}

QString TimelineView::teamName(const QString& code) const
{
    if (code.isEmpty())
        return tr("(none)");
    for (const Team& team : m_context.workspace.configuration().teams)
        if (team.code == code)
            return displayName(team.name);
    return code;
}

QString TimelineView::tierName(const QString& code) const
{
    const TierDefinition* tier = m_context.workspace.configuration().tier(code);
    return tier ? displayName(tier->name) : code;
}

QString TimelineView::fieldValue(const QString& field, const QString& value) const
{
    if (value.isEmpty())
        return tr("(empty)");
    if (field == QLatin1String("channel"))
        return labelOfCode<Channel>(value);
    if (field == QLatin1String("category"))
        return labelOfCode<Category>(value);
    if (field == QLatin1String("complaint_cause"))
        return TicketText::complaintCauseLabel(value);
    if (field == QLatin1String("team"))
        return teamName(value);
    if (field == QLatin1String("customer")) {
        auto customer = m_context.workspace.customers().get(value.toLongLong());
        return customer ? customer->details.name : tr("customer %1").arg(value);
    }
    return elided(value);
}

} // namespace sd
