#pragma once

#include "Error.h"
#include "org/DivisionCatalog.h"
#include "storage/Database.h"
#include "storage/WriteContext.h"

namespace wushe::org {

// Creates a new database for one jurisdiction (a city, county or township) holding
// that unit and every division below it. Never overwrites an existing file; a
// failure removes the half-made file.
class JurisdictionCreator
{
public:
    explicit JurisdictionCreator(const DivisionCatalog& catalog) : m_catalog(catalog) {}

    Result<storage::Database> create(const QString& path, const QString& unitCode,
                                     const storage::WriteContext& context) const;

    // Checks the code names a city, county or township of the catalog.
    Result<OrgUnit> jurisdictionUnit(const QString& unitCode) const;

private:
    const DivisionCatalog& m_catalog;
};

} // namespace wushe::org
