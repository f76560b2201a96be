#pragma once

#include "Error.h"

#include <QSqlDatabase>

namespace wushe::storage {

// The schema as reviewed text: user_version, then every table, index, view and
// trigger in name order. Compared in tests with tests/data/schema.sql.
Result<QString> schemaDump(const QSqlDatabase& db);

} // namespace wushe::storage
