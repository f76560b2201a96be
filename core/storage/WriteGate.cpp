#include "storage/WriteGate.h"

#include "storage/SqliteHandle.h"

#include <QCoreApplication>
#include <QHash>

namespace wushe::storage {

namespace {

struct GateState
{
    int guards = 0;
    int open = 0;
};

QHash<sqlite3*, GateState>& gates()
{
    thread_local QHash<sqlite3*, GateState> map;
    return map;
}

template <typename Change>
void change(const QSqlDatabase& db, Change&& apply)
{
    sqlite3* handle = sqliteHandle(db);
    if (!handle)
        return;
    GateState& state = gates()[handle];
    apply(state);
    if (state.guards <= 0 && state.open <= 0)
        gates().remove(handle);
}

} // namespace

void WriteGate::guard(const QSqlDatabase& db)
{
    change(db, [](GateState& state) { ++state.guards; });
}

void WriteGate::unguard(const QSqlDatabase& db)
{
    change(db, [](GateState& state) { --state.guards; });
}

void WriteGate::enter(const QSqlDatabase& db)
{
    change(db, [](GateState& state) { ++state.open; });
}

void WriteGate::leave(const QSqlDatabase& db)
{
    change(db, [](GateState& state) { --state.open; });
}

Result<void> WriteGate::check(sqlite3* handle)
{
    const auto it = gates().constFind(handle);
    if (it == gates().cend() || it->guards <= 0 || it->open > 0)
        return {};
    return fail(QStringLiteral("ops.outside"),
                QCoreApplication::translate("WriteGate", "写入被拒绝：所有修改都必须通过操作层（core/operations）进行"));
}

} // namespace wushe::storage
