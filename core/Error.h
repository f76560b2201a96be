#pragma once

#include <QString>

#include <expected>

namespace wushe {

// A failure that is normal for user data (validation, I/O, parse).
// `key` is a stable English identifier scripts can match on;
// `message` is the Chinese text shown to users (translatable source text).
struct Error
{
    QString key;
    QString message;

    QString toString() const { return QStringLiteral("%1 [%2]").arg(message, key); }
};

template <typename T>
using Result = std::expected<T, Error>;

inline std::unexpected<Error> fail(QString key, QString message)
{
    return std::unexpected<Error>(Error{std::move(key), std::move(message)});
}

} // namespace wushe
