#pragma once

#include "Error.h"

#include <QDate>
#include <QString>

namespace wushe::quarterly {

// A calendar quarter, written "2024Q1" in files and on the command line.
struct Quarter
{
    int year = 0;
    int number = 0; // 1..4

    static Result<Quarter> parse(const QString& text);
    static Quarter containing(QDate day);

    bool isValid() const { return year > 0 && number >= 1 && number <= 4; }
    QDate firstDay() const { return QDate(year, 3 * (number - 1) + 1, 1); }
    QDate lastDay() const { return firstDay().addMonths(3).addDays(-1); }
    // Reports are due 15 days after the quarter ends (2024Q1: 2024-04-15).
    QDate dueDate() const { return lastDay().addDays(15); }
    Quarter previous() const { return number == 1 ? Quarter{year - 1, 4} : Quarter{year, number - 1}; }
    QString key() const; // "2024Q1"
    QString label() const; // "2024年第1季度"

    bool operator==(const Quarter&) const = default;
};

} // namespace wushe::quarterly
