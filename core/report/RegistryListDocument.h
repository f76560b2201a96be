#pragma once

#include "Error.h"
#include "storage/RegistryList.h"

class QTextDocument;

namespace wushe::report {

// The printable register of a registry list: every row of the unit and period in the
// list's order, A4 landscape, the header row repeated on every page (thead).
class RegistryListDocument
{
public:
    // Fills `document`; returns the number of rows listed.
    static Result<qint64> build(QTextDocument& document, const storage::RegistryList& list,
                                const storage::RegistryScope& scope, const QString& unitName);
    static QString title(const storage::RegistrySpec& spec, const QString& unitName);
};

} // namespace wushe::report
