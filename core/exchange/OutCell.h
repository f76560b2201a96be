#pragma once

#include <QDate>
#include <QString>

namespace wushe::exchange {

// One cell as the writers store it. IDs and phones are Code: text that a
// spreadsheet must never turn into a number.
struct OutCell
{
    enum class Type { Empty, Text, Code, Date, Money, Integer };
    Type type = Type::Empty;
    QString text;
    QDate date;
    qint64 number = 0; // Money: fen; Integer: the value

    static OutCell ofText(QString text) { return {Type::Text, std::move(text), {}, 0}; }
    static OutCell ofCode(QString text) { return {Type::Code, std::move(text), {}, 0}; }
    static OutCell ofDate(QDate date) { return date.isValid() ? OutCell{Type::Date, {}, date, 0} : OutCell{}; }
    static OutCell ofMoney(qint64 fen) { return {Type::Money, {}, {}, fen}; }
    static OutCell ofInteger(qint64 value) { return {Type::Integer, {}, {}, value}; }
};

} // namespace wushe::exchange
