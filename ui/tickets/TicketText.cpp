#include "tickets/TicketText.h"

#include "common/Codes.h"

#include <QCoreApplication>
#include <QDateTime>

namespace sd {
namespace {

struct Named
{
    const char* code;
    const char* label;
};

constexpr Named kFields[] = {
    {"customer", QT_TRANSLATE_NOOP("sd::TicketText", "customer")},
    {"contact_name", QT_TRANSLATE_NOOP("sd::TicketText", "contact name")},
    {"contact_phone", QT_TRANSLATE_NOOP("sd::TicketText", "contact phone")},
    {"contact_email", QT_TRANSLATE_NOOP("sd::TicketText", "contact email")},
    {"channel", QT_TRANSLATE_NOOP("sd::TicketText", "channel")},
    {"category", QT_TRANSLATE_NOOP("sd::TicketText", "category")},
    {"subject", QT_TRANSLATE_NOOP("sd::TicketText", "subject")},
    {"description", QT_TRANSLATE_NOOP("sd::TicketText", "description")},
    {"product", QT_TRANSLATE_NOOP("sd::TicketText", "product")},
    {"serial", QT_TRANSLATE_NOOP("sd::TicketText", "serial number")},
    {"team", QT_TRANSLATE_NOOP("sd::TicketText", "team")},
    {"complaint_cause", QT_TRANSLATE_NOOP("sd::TicketText", "complaint cause")},
};

// SLA checkpoints as escalation rules and notifications name them (core's
// "resolution_breach": the target and what happened).
constexpr Named kCheckpoints[] = {
    {"first_response_warning", QT_TRANSLATE_NOOP("sd::TicketText", "75 % of the first-response time was used up")},
    {"first_response_breach", QT_TRANSLATE_NOOP("sd::TicketText", "the first-response deadline was missed")},
    {"resolution_warning", QT_TRANSLATE_NOOP("sd::TicketText", "75 % of the resolution time was used up")},
    {"resolution_breach", QT_TRANSLATE_NOOP("sd::TicketText", "the resolution deadline was missed")},
};

QString lookup(const QString& code, const Named* begin, const Named* end)
{
    for (const Named* row = begin; row != end; ++row)
        if (code == QLatin1String(row->code))
            return QCoreApplication::translate("sd::TicketText", row->label);
    return code; // unknown codes (newer core) still read as something
}

} // namespace

QStringList TicketText::complaintCauseCodes()
{
    return allCodes<ComplaintCause>();
}

QString TicketText::complaintCauseLabel(const QString& code)
{
    const auto cause = fromCode<ComplaintCause>(code);
    return cause ? toLabel(*cause) : code; // unknown codes (newer core) still read as something
}

QString TicketText::fieldLabel(const QString& field)
{
    return lookup(field, std::begin(kFields), std::end(kFields));
}

QString TicketText::checkpoint(const QString& code)
{
    return lookup(code, std::begin(kCheckpoints), std::end(kCheckpoints));
}

QString TicketText::instant(qint64 secsSinceEpoch, const QTimeZone& zone)
{
    return QDateTime::fromSecsSinceEpoch(secsSinceEpoch, zone).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString TicketText::window(qint64 from, qint64 to, const QTimeZone& zone)
{
    const QDateTime start = QDateTime::fromSecsSinceEpoch(from, zone);
    const QDateTime end = QDateTime::fromSecsSinceEpoch(to, zone);
    const QString endText = end.date() == start.date() ? end.toString(QStringLiteral("HH:mm"))
                                                       : end.toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    return QStringLiteral("%1–%2 (%3)").arg(start.toString(QStringLiteral("yyyy-MM-dd HH:mm")), endText,
                                           zone.displayName(start, QTimeZone::OffsetName));
}

} // namespace sd
