#pragma once

#include <QDate>
#include <QDateTime>

namespace wushe {

// "Today" and "now" come from a Clock so that rules, due dates and reports can be
// tested on any date.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;
    QDate today() const { return now().toLocalTime().date(); }
};

class SystemClock final : public Clock
{
public:
    QDateTime now() const override { return QDateTime::currentDateTime(); }
};

class FixedClock final : public Clock
{
public:
    explicit FixedClock(QDateTime at) : m_at(std::move(at)) {}
    explicit FixedClock(QDate day) : m_at(day.startOfDay()) {}
    QDateTime now() const override { return m_at; }

private:
    QDateTime m_at;
};

} // namespace wushe
