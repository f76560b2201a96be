#include "exchange/CsvReader.h"

#include "exchange/Gb18030.h"

#include <QCoreApplication>
#include <QFile>
#include <QStringDecoder>

namespace wushe::exchange {

namespace {

bool isUtf8(const QByteArray& bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(bytes);
    return !decoder.hasError();
}

} // namespace

QString CsvReader::detectEncoding(const QByteArray& bytes)
{
    return isUtf8(bytes) ? QStringLiteral("UTF-8") : QStringLiteral("GB18030");
}

Result<SheetData> CsvReader::read(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("exchange.read"),
                    QCoreApplication::translate("CsvReader", "无法读取 %1：%2").arg(path, file.errorString()));
    return parse(file.readAll());
}

Result<SheetData> CsvReader::parse(const QByteArray& bytes)
{
    QString text;
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        text = QString::fromUtf8(bytes.mid(3));
    } else if (isUtf8(bytes)) {
        text = QString::fromUtf8(bytes);
    } else {
        auto decoded = Gb18030::decode(bytes);
        if (!decoded)
            return std::unexpected(decoded.error());
        text = *decoded;
    }
    const qsizetype firstEnd = text.indexOf(u'\n');
    const QStringView firstLine = QStringView(text).left(firstEnd < 0 ? text.size() : firstEnd);
    const QChar separator = firstLine.count(u'\t') > firstLine.count(u',') ? u'\t' : u',';

    SheetData sheet;
    QList<InCell> row;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        const QChar ch = text.at(i);
        if (quoted) {
            if (ch == u'"') {
                if (i + 1 < size && text.at(i + 1) == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += ch;
            }
            continue;
        }
        if (ch == u'"' && !fieldStarted) {
            quoted = true;
            fieldStarted = true;
        } else if (ch == separator) {
            row.append(InCell{field, false});
            field.clear();
            fieldStarted = false;
        } else if (ch == u'\r' || ch == u'\n') {
            if (ch == u'\r' && i + 1 < size && text.at(i + 1) == u'\n')
                ++i;
            row.append(InCell{field, false});
            sheet.rows.append(row);
            row.clear();
            field.clear();
            fieldStarted = false;
        } else {
            field += ch;
            fieldStarted = true;
        }
    }
    if (quoted)
        return fail(QStringLiteral("exchange.csv_quote"),
                    QCoreApplication::translate("CsvReader", "CSV 文件中的引号没有闭合（第 %1 行）").arg(sheet.rows.size() + 1));
    if (fieldStarted || !row.isEmpty()) {
        row.append(InCell{field, false});
        sheet.rows.append(row);
    }
    return sheet;
}

} // namespace wushe::exchange
