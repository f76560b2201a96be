#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <array>
#include <optional>

namespace wushe {

// A closed list of values with a stable English key (stored in the database and
// printed by the CLI) and a Chinese label (translatable, shown to users).
template <typename E>
struct EnumEntry
{
    E value;
    const char* key;
    const char* label; // wrap in QT_TRANSLATE_NOOP(context, ...)
};

template <typename E, std::size_t N>
class EnumTable
{
public:
    constexpr EnumTable(const char* context, std::array<EnumEntry<E>, N> entries)
        : m_context(context), m_entries(entries)
    {
    }

    QString key(E value) const
    {
        for (const auto& entry : m_entries)
            if (entry.value == value)
                return QString::fromLatin1(entry.key);
        return {};
    }

    QString label(E value) const
    {
        for (const auto& entry : m_entries)
            if (entry.value == value)
                return QCoreApplication::translate(m_context, entry.label);
        return {};
    }

    std::optional<E> fromKey(QStringView key) const
    {
        for (const auto& entry : m_entries)
            if (key == QLatin1String(entry.key))
                return entry.value;
        return std::nullopt;
    }

    std::optional<E> fromLabel(QStringView label) const
    {
        for (const auto& entry : m_entries)
            if (label == QString::fromUtf8(entry.label) || label == QCoreApplication::translate(m_context, entry.label))
                return entry.value;
        return std::nullopt;
    }

    const std::array<EnumEntry<E>, N>& entries() const { return m_entries; }

private:
    const char* m_context;
    std::array<EnumEntry<E>, N> m_entries;
};

} // namespace wushe

namespace wushe {

// For multi-choice fields stored as bit sets (enum values are distinct bits).
template <typename E, std::size_t N>
QStringList labelsOfBits(const EnumTable<E, N>& table, quint32 bits)
{
    QStringList labels;
    for (const auto& entry : table.entries())
        if (bits & quint32(entry.value))
            labels << table.label(entry.value);
    return labels;
}

template <typename E, std::size_t N>
quint32 allBits(const EnumTable<E, N>& table)
{
    quint32 bits = 0;
    for (const auto& entry : table.entries())
        bits |= quint32(entry.value);
    return bits;
}

} // namespace wushe
