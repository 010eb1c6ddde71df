#pragma once

#include "common/Error.h"
#include "storage/DatabaseAddress.h"

namespace sd {

// What a head office does once on its PostgreSQL server: create the
// database named in the address (as the address's user, who becomes its
// owner) unless it exists. The schema is made when it is first opened.
class ServerSetup
{
public:
    // True when the database was created now, false when it was there already.
    static Result<bool> ensureDatabase(const DatabaseAddress& address);
};

} // namespace sd
