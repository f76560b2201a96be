#pragma once

#include "Error.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <memory>

namespace wushe::storage {

// One open Wushe database file. Opening creates or migrates it; a damaged file,
// a foreign SQLite file or one written by a newer program is refused without a
// single byte written.
class Database
{
public:
    // Full: PRAGMA integrity_check; Quick: quick_check (no index contents). Both are
    // O(file size): seconds for a county's ten years. Deferred skips them at open when
    // opening writes nothing (current schema, already WAL), so a big file opens at
    // once; the caller then runs verify() (e.g. in the background) and calls
    // setVerified(). A file that opening would write to is always checked first.
    enum class IntegrityCheck { Full, Quick, Deferred };
    enum class IfMissing { Create, Fail };

    struct Options
    {
        IfMissing ifMissing = IfMissing::Create;
        IntegrityCheck check = IntegrityCheck::Full;
    };

    static constexpr qint64 kApplicationId = 1465075781; // "WSHE"

    static Result<Database> open(const QString& path, Options options);
    static Result<Database> open(const QString& path) { return open(path, Options{}); }

    Database(Database&&) noexcept;
    Database& operator=(Database&&) noexcept;
    ~Database();

    // Checks a file on its own read-only connection; safe from any thread.
    static Result<void> verify(const QString& path, IntegrityCheck check);

    // False while a deferred check has not passed: nothing may be written yet.
    bool isVerified() const;
    void setVerified();

    QSqlDatabase sql() const;
    QString path() const;
    int schemaVersion() const;

    // Empty list when the file is sound; otherwise SQLite's findings.
    Result<QStringList> integrityCheck(IntegrityCheck check) const;

    QString meta(const QString& key) const;
    Result<void> setMeta(const QString& key, const QString& value);

private:
    struct State;
    explicit Database(std::unique_ptr<State> state);
    std::unique_ptr<State> m_state;
};

} // namespace wushe::storage
