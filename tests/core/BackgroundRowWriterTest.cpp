#include "exchange/BackgroundRowWriter.h"

#include <catch2/catch.hpp>

#include <QThread>

using wushe::exchange::BackgroundRowWriter;

namespace {
QList<QVariant> rowOf(int n)
{
    return {n, QString::number(n)};
}
} // namespace

TEST_CASE("The background writer writes every row once, in order, on another thread", "[exchange]")
{
    for (const int count : {0, 1, 255, 256, 257, 10000}) {
        CAPTURE(count);
        QList<int> written;
        QThread* writerThread = nullptr;
        BackgroundRowWriter writer([&](const QList<QVariant>& row) -> wushe::Result<void> {
            writerThread = QThread::currentThread();
            written << row.at(0).toInt();
            REQUIRE(row.at(1).toString() == QString::number(row.at(0).toInt()));
            return {};
        });
        for (int n = 0; n < count; ++n)
            REQUIRE(writer.push(rowOf(n)));
        REQUIRE(writer.finish().has_value());
        REQUIRE(written.size() == count);
        for (int n = 0; n < count; ++n)
            REQUIRE(written.at(n) == n);
        if (count > 0)
            CHECK(writerThread != QThread::currentThread());
    }
}

TEST_CASE("A failed write stops the writer: later rows are not written and the reader is told", "[exchange]")
{
    QList<int> written;
    BackgroundRowWriter writer([&](const QList<QVariant>& row) -> wushe::Result<void> {
        if (row.at(0).toInt() == 1000)
            return wushe::fail(QStringLiteral("test.disk_full"), QStringLiteral("disk full"));
        written << row.at(0).toInt();
        return {};
    });
    int pushed = 0;
    while (pushed < 100000 && writer.push(rowOf(pushed)))
        ++pushed;
    CHECK(pushed < 100000); // the reader learnt of the failure and stopped reading
    auto finished = writer.finish();
    REQUIRE_FALSE(finished.has_value());
    CHECK(finished.error().key == QStringLiteral("test.disk_full"));
    REQUIRE(written.size() == 1000);
    CHECK(written.last() == 999);
}

TEST_CASE("A writer dropped without finish() stops without writing the rest", "[exchange]")
{
    std::atomic<int> written = 0;
    {
        BackgroundRowWriter writer([&](const QList<QVariant>&) -> wushe::Result<void> {
            QThread::usleep(200);
            ++written;
            return {};
        });
        for (int n = 0; n < 2000; ++n)
            writer.push(rowOf(n));
    } // the reader gave up (an error while reading): the destructor returns
    // Seven batches of 256 were queued (the last 208 rows never left the reader); the
    // writer stopped after the batch it was on instead of writing all 1,792.
    CHECK(written < 1792);
}
