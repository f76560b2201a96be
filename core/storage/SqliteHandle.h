#pragma once

#include <QSqlDatabase>

struct sqlite3;

namespace wushe::storage {

// The raw SQLite connection behind a QSQLITE database (Qt uses the system
// libsqlite3 on Debian, so the C API and Qt share one library).
sqlite3* sqliteHandle(const QSqlDatabase& db);

} // namespace wushe::storage
