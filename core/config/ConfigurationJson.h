#pragma once

#include "common/Error.h"
#include "config/Configuration.h"

#include <QByteArray>
#include <QJsonObject>

namespace sd {

// Reads and writes the configuration document ("format": "servicedesk-config").
// Every rejection names the JSON path of the offending value, e.g.
// "$.sla[3].calendar", so an administrator can find it in the file.
class ConfigurationJson
{
public:
    static Result<Configuration> parse(const QByteArray& bytes);
    static Result<Configuration> fromObject(const QJsonObject& root);
    static QJsonObject toObject(const Configuration& configuration);
    static QByteArray serialize(const Configuration& configuration);
    // The "service" section alone (also how the database keeps it).
    static Result<ServiceRules> serviceFromObject(const QJsonObject& service, const Configuration& configuration);
    static QJsonObject serviceToObject(const ServiceRules& rules);
};

} // namespace sd
