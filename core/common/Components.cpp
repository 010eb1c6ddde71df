#include "common/Components.h"

#include <QtGlobal>

#include <sodium.h>
#ifdef SD_DIRECT_SQLITE
#include <sqlite3.h>
#endif
#ifdef SD_HAVE_FRISO
#include <friso/friso.h>
#endif
#ifdef SD_HAVE_LIBPQ
#include <libpq-fe.h>
#endif

namespace sd {

namespace {

#ifdef SD_HAVE_LIBPQ
// PQlibVersion gives 150018 for 15.18 (major * 10000 + minor since 10).
QString libpqVersion()
{
    const int number = PQlibVersion();
    return QStringLiteral("%1.%2").arg(number / 10000).arg(number % 10000);
}
#endif

} // namespace

QList<Component> thirdPartyComponents()
{
    QList<Component> list;
    list.append({QStringLiteral("Qt"), QString::fromLatin1(qVersion()),
                 QT_TRANSLATE_NOOP("sd::Components", "GNU Lesser General Public License, version 3")});
#ifdef SD_DIRECT_SQLITE
    list.append({QStringLiteral("SQLite"), QString::fromLatin1(sqlite3_libversion()), QT_TRANSLATE_NOOP("sd::Components", "Public domain")});
#else
    list.append({QStringLiteral("SQLite"), QString(), QT_TRANSLATE_NOOP("sd::Components", "Public domain")});
#endif
#ifdef SD_HAVE_LIBPQ
    list.append({QStringLiteral("libpq"), libpqVersion(), QT_TRANSLATE_NOOP("sd::Components", "PostgreSQL Licence")});
#endif
    list.append({QStringLiteral("libsodium"), QString::fromLatin1(sodium_version_string()), QT_TRANSLATE_NOOP("sd::Components", "ISC Licence")});
#ifdef SD_HAVE_FRISO
    list.append({QStringLiteral("friso"), QStringLiteral(FRISO_VERSION), QT_TRANSLATE_NOOP("sd::Components", "Apache License, version 2.0")});
#endif
    return list;
}

} // namespace sd
