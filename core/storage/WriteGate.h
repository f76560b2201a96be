#pragma once

#include "Error.h"

#include <QSqlDatabase>

struct sqlite3;

namespace wushe::storage {

// Who may write on a connection. Once the operations layer works on a connection
// (ops::Operations guards it for its lifetime), every write on it must happen inside
// one of its operations: execWrite, through which every repository writes, refuses
// the rest. Connections the operations layer never saw — the tests of a single
// repository — are not guarded. Per thread, like the connections themselves.
class WriteGate
{
public:
    // Counted: the connection stays guarded until every guard() has its unguard().
    static void guard(const QSqlDatabase& db);
    static void unguard(const QSqlDatabase& db);

    // While an operation is open on the connection, its writes pass.
    static void enter(const QSqlDatabase& db);
    static void leave(const QSqlDatabase& db);

    // Refuses a write on a guarded connection outside an operation.
    static Result<void> check(sqlite3* handle);
};

} // namespace wushe::storage
