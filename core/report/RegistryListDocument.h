#pragma once

#include "Error.h"
#include "report/RegisterTable.h"
#include "storage/RegistryList.h"

namespace wushe::report {

// The printable register of a registry list: every row of the unit and period in the
// list's order, for RegisterPainter (A4 landscape, the header row on every page).
class RegistryListDocument
{
public:
    // Fills `table`; returns the number of rows listed.
    static Result<qint64> build(RegisterTable& table, const storage::RegistryList& list,
                                const storage::RegistryScope& scope, const QString& unitName);
    static QString title(const storage::RegistrySpec& spec, const QString& unitName);
};

} // namespace wushe::report
