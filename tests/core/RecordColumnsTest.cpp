#include "storage/RecordColumns.h"

#include <catch2/catch.hpp>

#include <QTimeZone>

using wushe::storage::RecordColumns::parseTimestamp;
using wushe::storage::RecordColumns::timestamp;

TEST_CASE("A stored timestamp reads back as the instant that was written", "[database]")
{
    const QList<QDateTime> instants{QDateTime(QDate(2024, 6, 15), QTime(1, 0), Qt::UTC),
                                    QDateTime(QDate(2024, 2, 29), QTime(23, 59, 59, 999), Qt::UTC),
                                    QDateTime(QDate(1999, 12, 31), QTime(0, 0, 0, 7), Qt::UTC),
                                    QDateTime(QDate(2026, 11, 27), QTime(12, 30, 5, 120), QTimeZone(8 * 3600))};
    for (const QDateTime& instant : instants) {
        const QString text = timestamp(instant);
        CAPTURE(text);
        const QDateTime read = parseTimestamp(text);
        CHECK(read == instant);
        CHECK(read.timeSpec() == Qt::UTC);
        CHECK(read == QDateTime::fromString(text, Qt::ISODateWithMs));
    }
}

TEST_CASE("Timestamps in other ISO 8601 forms are read as Qt reads them; garbage is invalid", "[database]")
{
    for (const QString& text : {QStringLiteral("2024-06-15T01:00:00Z"), QStringLiteral("2024-06-15T09:00:00.000+08:00"),
                                QStringLiteral("2024-06-15T01:00:00.5Z")}) {
        CAPTURE(text);
        CHECK(parseTimestamp(text).isValid());
        CHECK(parseTimestamp(text) == QDateTime::fromString(text, Qt::ISODateWithMs));
    }
    CHECK(parseTimestamp(QStringLiteral("2024-06-15T09:00:00.000+08:00")) == QDateTime(QDate(2024, 6, 15), QTime(1, 0), Qt::UTC));
    for (const QString& text : {QString(), QStringLiteral("2024-13-15T01:00:00.000Z"), QStringLiteral("2024-02-30T01:00:00.000Z"),
                                QStringLiteral("2024-06-15T25:00:00.000Z"), QStringLiteral("２０２４-06-15T01:00:00.000Z"),
                                QStringLiteral("not a time")}) {
        CAPTURE(text);
        CHECK_FALSE(parseTimestamp(text).isValid());
    }
}
