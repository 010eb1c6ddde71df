#include "sync/SyncEntities.h"

namespace sd {
namespace {

using Refers = SyncColumn::Refers;

QList<SyncColumn> plain(std::initializer_list<const char*> names)
{
    QList<SyncColumn> columns;
    for (const char* name : names)
        columns.append({QString::fromLatin1(name), Refers::Nothing});
    return columns;
}

SyncEntity customers()
{
    return {QStringLiteral("customer"), QStringLiteral("customers"),
            plain({"code", "name", "kind", "phone", "phone_key", "email", "address", "region", "industry", "size",
                   "birthday", "notes", "tier_code", "tier_locked", "merged_into"}),
            plain({"created_at", "updated_at"}) + QList<SyncColumn>{{QStringLiteral("updated_by"), Refers::User}}};
}

// A customer's purchases: its tier and a ticket's warranty follow from them.
SyncEntity purchases()
{
    return {QStringLiteral("purchase"), QStringLiteral("purchases"),
            QList<SyncColumn>{{QStringLiteral("customer_id"), Refers::Customer}}
                + plain({"product", "serial", "purchased_on", "amount_cents", "warranty_until"}),
            QList<SyncColumn>{{QStringLiteral("updated_by"), Refers::User}}, false};
}

// The SLA figures are not merged field by field: they are the SLA engine's
// result from the ticket's history, so each office recomputes them.
SyncEntity tickets()
{
    return {QStringLiteral("ticket"), QStringLiteral("tickets"),
            QList<SyncColumn>{{QStringLiteral("customer_id"), Refers::Customer}}
                + plain({"contact_name", "contact_phone", "contact_email", "channel", "category", "priority", "status",
                         "support_level", "team_code"})
                + QList<SyncColumn>{{QStringLiteral("assignee_id"), Refers::User}}
                + plain({"tier_code", "subject", "description", "product", "serial", "complaint_cause", "solution",
                         "csat_score", "csat_comment"}),
            plain({"number", "created_at", "updated_at", "is_open", "sla_calendar", "first_response_target_min",
                   "resolution_target_min", "first_response_due", "first_response_warn", "resolution_due",
                   "resolution_warn", "next_due_at", "next_warn_at", "sla_checkpoint_at", "sla_flags",
                   "first_response_at", "resolved_at", "closed_at", "first_response_business_s",
                   "resolution_business_s", "paused_business_s", "paused_since", "reopen_count",
                   "agent_public_replies"})
                + QList<SyncColumn>{{QStringLiteral("created_by"), Refers::User}, {QStringLiteral("updated_by"), Refers::User}}};
}

// A complaint's path: its stage and what was found, offered and answered.
// The deadlines are set once, where the complaint was received.
SyncEntity complaints()
{
    return {QStringLiteral("complaint"), QStringLiteral("complaints"),
            plain({"stage", "evidence", "remedy", "remedy_cents", "feedback", "responded_at", "closed_at"}),
            QList<SyncColumn>{{QStringLiteral("ticket_id"), Refers::Ticket}}
                + plain({"response_due", "closing_due", "created_at", "updated_at"})
                + QList<SyncColumn>{{QStringLiteral("updated_by"), Refers::User}}};
}

// A cost line is written once; a mistaken one is voided, never changed.
SyncEntity costLines()
{
    return {QStringLiteral("cost"), QStringLiteral("cost_lines"), plain({"voided"}),
            QList<SyncColumn>{{QStringLiteral("ticket_id"), Refers::Ticket}}
                + plain({"kind", "description", "role", "quantity", "unit_cents", "amount_cents", "charged_cents", "at"})
                + QList<SyncColumn>{{QStringLiteral("created_by"), Refers::User}, {QStringLiteral("updated_by"), Refers::User}},
            false};
}

// Satisfaction by dimension; its uuid is derived from the ticket's, like a complaint's.
SyncEntity surveys()
{
    return {QStringLiteral("survey"), QStringLiteral("satisfaction_details"), plain({"timeliness", "professionalism", "attitude"}),
            QList<SyncColumn>{{QStringLiteral("ticket_id"), Refers::Ticket}} + plain({"updated_at"})
                + QList<SyncColumn>{{QStringLiteral("updated_by"), Refers::User}}};
}

// A technician's visit: rescheduled, handed to another technician and
// reported on field by field; where and for which ticket it was made is fixed.
SyncEntity visits()
{
    return {QStringLiteral("visit"), QStringLiteral("work_orders"),
            QList<SyncColumn>{{QStringLiteral("technician_id"), Refers::User}}
                + plain({"address", "time_zone", "window_from", "window_to", "parts", "tools", "travel_km", "travel_minutes",
                         "status", "failure", "report", "departed_at", "arrived_at", "finished_at"}),
            QList<SyncColumn>{{QStringLiteral("ticket_id"), Refers::Ticket}}
                + plain({"visit_no", "created_at", "updated_at"})
                + QList<SyncColumn>{{QStringLiteral("created_by"), Refers::User}, {QStringLiteral("updated_by"), Refers::User}}};
}

// A solution plan's version is written once; the customer's consent is added later.
SyncEntity plans()
{
    return {QStringLiteral("plan"), QStringLiteral("solution_plans"),
            plain({"consent_by", "consent_how", "consent_at"}) + QList<SyncColumn>{{QStringLiteral("consent_recorded_by"), Refers::User}},
            QList<SyncColumn>{{QStringLiteral("ticket_id"), Refers::Ticket}}
                + plain({"plan_no", "cause", "steps", "parts", "labour_minutes", "labour_role", "labour_cents", "parts_cents",
                         "other_cents", "other_note", "total_cents", "customer_cents", "in_warranty", "deadline", "created_at"})
                + QList<SyncColumn>{{QStringLiteral("created_by"), Refers::User}, {QStringLiteral("updated_by"), Refers::User}},
            false};
}

// Canned replies go to every office, like customers.
SyncEntity replies()
{
    return {QStringLiteral("reply"), QStringLiteral("canned_replies"), plain({"title", "language", "body", "active"}),
            plain({"created_at", "updated_at"}) + QList<SyncColumn>{{QStringLiteral("updated_by"), Refers::User}}};
}

// Two tickets tied together: written once, later only marked removed. It
// goes where its first ticket goes; the second belongs to the same office.
SyncEntity links()
{
    return {QStringLiteral("link"), QStringLiteral("ticket_links"),
            plain({"removed_at"}) + QList<SyncColumn>{{QStringLiteral("removed_by"), Refers::User}},
            QList<SyncColumn>{{QStringLiteral("ticket_id"), Refers::Ticket}, {QStringLiteral("other_id"), Refers::Ticket}}
                + plain({"kind", "created_at"})
                + QList<SyncColumn>{{QStringLiteral("created_by"), Refers::User}, {QStringLiteral("updated_by"), Refers::User}},
            false};
}

// A file attached to a ticket or one of its visits: written once, later only
// marked removed. Its content travels as parts (rows of their own).
SyncEntity attachments()
{
    return {QStringLiteral("attachment"), QStringLiteral("attachments"),
            plain({"removed_at"}) + QList<SyncColumn>{{QStringLiteral("removed_by"), Refers::User}},
            QList<SyncColumn>{{QStringLiteral("ticket_id"), Refers::Ticket}, {QStringLiteral("work_order_id"), Refers::Visit}}
                + plain({"file_name", "mime_type", "size_bytes", "sha256", "part_count"})
                + QList<SyncColumn>{{QStringLiteral("thumbnail"), Refers::Bytes}}
                + plain({"created_at"})
                + QList<SyncColumn>{{QStringLiteral("created_by"), Refers::User}, {QStringLiteral("updated_by"), Refers::User}},
            false};
}

// One part of an attachment's content; it never changes.
SyncEntity attachmentParts()
{
    return {QStringLiteral("attachment_part"), QStringLiteral("attachment_parts"), plain({"part_no"}),
            QList<SyncColumn>{{QStringLiteral("ticket_id"), Refers::Ticket}, {QStringLiteral("attachment_id"), Refers::Attachment},
                              {QStringLiteral("data"), Refers::Bytes}, {QStringLiteral("updated_by"), Refers::User}},
            false};
}

// A greeting sent on a care date: every office sees it, like the customer.
SyncEntity greetings()
{
    return {QStringLiteral("greeting"), QStringLiteral("care_greetings"), plain({"sent_at"}),
            QList<SyncColumn>{{QStringLiteral("customer_id"), Refers::Customer}} + plain({"occasion", "occasion_on"})
                + QList<SyncColumn>{{QStringLiteral("sent_by"), Refers::User}, {QStringLiteral("updated_by"), Refers::User}},
            false};
}

// A return visit: every office sees those of its customers, and those that
// follow a ticket go where the ticket goes. What the call found is merged
// field by field; what scheduled it is written once.
SyncEntity returnVisits()
{
    return {QStringLiteral("return_visit"), QStringLiteral("return_visits"),
            plain({"due_on", "retry_on", "attempts", "outcome", "made_at"})
                + QList<SyncColumn>{{QStringLiteral("made_by"), Refers::User}}
                + plain({"satisfaction", "notes", "sales_lead", "prompted_by"})
                + QList<SyncColumn>{{QStringLiteral("result_ticket_id"), Refers::Ticket}},
            QList<SyncColumn>{{QStringLiteral("customer_id"), Refers::Customer}, {QStringLiteral("ticket_id"), Refers::Ticket}}
                + plain({"reason", "product", "created_at"}) + QList<SyncColumn>{{QStringLiteral("updated_by"), Refers::User}}};
}

// A scheduled report: every office sees it; only the office that saved it runs it.
SyncEntity savedReports()
{
    return {QStringLiteral("saved_report"), QStringLiteral("saved_reports"),
            plain({"name", "period", "filters", "last_period", "last_run_at", "removed_at"}),
            QList<SyncColumn>{{QStringLiteral("owner_id"), Refers::User}} + plain({"office_code", "created_at"})
                + QList<SyncColumn>{{QStringLiteral("updated_by"), Refers::User}}};
}

// The knowledge base is the whole company's: every office sees every article.
// The source ticket travels as its number, shown only, since the ticket itself
// may stay at its own office.
SyncEntity articles()
{
    return {QStringLiteral("kb_article"), QStringLiteral("kb_articles"),
            plain({"title", "problem", "answer", "category", "product", "tags", "language", "status"})
                + QList<SyncColumn>{{QStringLiteral("reviewer_id"), Refers::User}} + plain({"reviewed_at", "updated_at"}),
            QList<SyncColumn>{{QStringLiteral("author_id"), Refers::User}} + plain({"source_ticket", "created_at"})
                + QList<SyncColumn>{{QStringLiteral("updated_by"), Refers::User}}};
}

// An office's counts of an article suggested and used on one day: only that
// office changes them, so they never conflict.
SyncEntity articleUsage()
{
    return {QStringLiteral("kb_usage"), QStringLiteral("kb_usage"), plain({"suggested", "used"}),
            QList<SyncColumn>{{QStringLiteral("article_id"), Refers::Article}} + plain({"office_code", "day"})
                + QList<SyncColumn>{{QStringLiteral("updated_by"), Refers::User}},
            false};
}

// Scorecards are the company's; every office scores with the same ones.
SyncEntity scorecards()
{
    return {QStringLiteral("qa_scorecard"), QStringLiteral("qa_scorecards"), plain({"name", "criteria", "active", "updated_at"}),
            plain({"created_at"}) + QList<SyncColumn>{{QStringLiteral("updated_by"), Refers::User}}};
}

// A quality review goes where its ticket goes.
SyncEntity qualityReviews()
{
    return {QStringLiteral("qa_review"), QStringLiteral("qa_reviews"),
            QList<SyncColumn>{{QStringLiteral("inspector_id"), Refers::User}}
                + plain({"status", "ratings", "feedback", "score", "critical_fail", "reviewed_at", "dispute", "disputed_at", "escalated", "answer"})
                + QList<SyncColumn>{{QStringLiteral("answered_by"), Refers::User}} + plain({"answered_at"}),
            QList<SyncColumn>{{QStringLiteral("ticket_id"), Refers::Ticket}, {QStringLiteral("agent_id"), Refers::User},
                              {QStringLiteral("scorecard_id"), Refers::Scorecard}}
                + plain({"calibration", "created_at"}) + QList<SyncColumn>{{QStringLiteral("updated_by"), Refers::User}}};
}

// The risk register is the company's: every office sees every risk. The rule
// that raised a risk, what it watched and the office that raised it are set once.
SyncEntity risks()
{
    return {QStringLiteral("risk"), QStringLiteral("risks"),
            plain({"kind", "title", "description", "probability", "impact"})
                + QList<SyncColumn>{{QStringLiteral("owner_id"), Refers::User}}
                + plain({"mitigation", "contingency", "review_on", "status", "alert", "alert_count", "last_alert_at"}),
            plain({"rule_code", "rule_key", "office_code", "created_at", "updated_at"})
                + QList<SyncColumn>{{QStringLiteral("created_by"), Refers::User}, {QStringLiteral("updated_by"), Refers::User}}};
}

// A risk's history is written once and goes wherever its risk goes: everywhere.
SyncEntity riskEvents()
{
    return {QStringLiteral("risk_event"), QStringLiteral("risk_events"), {},
            plain({"risk_uuid", "at", "kind", "field", "old_value", "new_value"})
                + QList<SyncColumn>{{QStringLiteral("updated_by"), Refers::User}},
            false};
}

SyncEntity conflicts()
{
    return {QStringLiteral("conflict"), QStringLiteral("sync_conflicts"),
            plain({"status", "resolved_value", "resolved_by", "resolved_at"}),
            plain({"entity", "row_uuid", "label", "field", "here_office", "here_value", "here_by", "here_at",
                   "there_office", "there_value", "there_by", "there_at", "winner", "detected_at"})
                + QList<SyncColumn>{{QStringLiteral("updated_by"), Refers::User}},
            false};
}

} // namespace

QStringList SyncEntity::fieldNames() const
{
    QStringList names;
    for (const SyncColumn& column : fields)
        names.append(column.name);
    return names;
}

QList<SyncColumn> SyncEntity::allColumns() const
{
    return fields + createOnly;
}

const SyncColumn* SyncEntity::field(const QString& name) const
{
    for (const SyncColumn& column : fields)
        if (column.name == name)
            return &column;
    return nullptr;
}

const SyncColumn* SyncEntity::ticketColumn() const
{
    for (const SyncColumn& column : createOnly)
        if (column.refers == SyncColumn::Refers::Ticket)
            return &column;
    return nullptr;
}

const QList<SyncEntity>& syncEntities()
{
    static const QList<SyncEntity> entities{customers(), purchases(), tickets(), complaints(), costLines(), surveys(), visits(), plans(), replies(), links(), attachments(), attachmentParts(), greetings(), returnVisits(), savedReports(), articles(), articleUsage(), scorecards(), qualityReviews(), risks(), riskEvents(), conflicts()};
    return entities;
}

const SyncEntity* syncEntity(const QString& code)
{
    for (const SyncEntity& entity : syncEntities())
        if (entity.code == code)
            return &entity;
    return nullptr;
}

} // namespace sd
