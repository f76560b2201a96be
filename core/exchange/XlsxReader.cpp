#include "exchange/XlsxReader.h"

#include "exchange/ZipEntryDevice.h"

#include <QCoreApplication>
#include <QFile>
#include <QScopeGuard>
#include <QXmlStreamReader>

#include <minizip/unzip.h>

#include <memory>

namespace wushe::exchange {

namespace {

Error readError(const QString& path, const QString& detail)
{
    return Error{QStringLiteral("exchange.read"),
                 QCoreApplication::translate("XlsxReader", "无法读取 Excel 文件 %1：%2").arg(path, detail)};
}

struct ZipCloser
{
    void operator()(void* zip) const { unzClose(zip); }
};
using Zip = std::unique_ptr<void, ZipCloser>;

// The entry's bytes; nullopt when the archive has no such entry.
Result<std::optional<QByteArray>> entry(unzFile zip, const QString& name, const QString& path)
{
    const QByteArray utf8 = name.toUtf8();
    if (unzLocateFile(zip, utf8.constData(), 0) != UNZ_OK)
        return std::optional<QByteArray>{};
    if (unzOpenCurrentFile(zip) != UNZ_OK)
        return std::unexpected(readError(path, name));
    QByteArray data;
    char buffer[65536];
    for (;;) {
        const int read = unzReadCurrentFile(zip, buffer, sizeof buffer);
        if (read < 0) {
            unzCloseCurrentFile(zip);
            return std::unexpected(readError(path, QStringLiteral("%1 (%2)").arg(name).arg(read)));
        }
        if (read == 0)
            break;
        data.append(buffer, read);
    }
    if (unzCloseCurrentFile(zip) != UNZ_OK) // CRC mismatch: a damaged file
        return std::unexpected(readError(path, QStringLiteral("%1 CRC").arg(name)));
    return std::optional<QByteArray>{data};
}

// "BC12" → column 54 (0-based), row 11 (0-based); false for anything else.
bool parseReference(QStringView ref, int& column, int& row)
{
    column = 0;
    int i = 0;
    while (i < ref.size() && ref[i].isLetter()) {
        column = column * 26 + (ref[i].toUpper().unicode() - 'A' + 1);
        ++i;
    }
    if (i == 0 || i == ref.size())
        return false;
    bool ok = false;
    row = ref.mid(i).toInt(&ok) - 1;
    column -= 1;
    return ok && row >= 0 && column >= 0;
}

// Text of <t> elements below the current element `endName` (<si> or <is>; skipping
// phonetic <rPh> runs), up to its end tag.
QString collectText(QXmlStreamReader& xml, QLatin1String endName)
{
    QString text;
    int phonetic = 0;
    while (!xml.atEnd()) {
        const auto token = xml.readNext();
        if (token == QXmlStreamReader::StartElement) {
            if (xml.name() == QLatin1String("rPh"))
                ++phonetic;
            else if (xml.name() == QLatin1String("t") && phonetic == 0)
                text += xml.readElementText();
        } else if (token == QXmlStreamReader::EndElement) {
            if (xml.name() == QLatin1String("rPh"))
                --phonetic;
            else if (xml.name() == endName)
                break;
        }
    }
    return text;
}

Result<QStringList> sharedStrings(const QByteArray& data, const QString& path)
{
    QStringList strings;
    QXmlStreamReader xml(data);
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("si"))
            strings << collectText(xml, QLatin1String("si"));
    }
    if (xml.hasError())
        return std::unexpected(readError(path, QStringLiteral("sharedStrings.xml: ") + xml.errorString()));
    return strings;
}

// The path inside the archive of the workbook's sheet number `index`.
Result<QString> sheetPathOf(unzFile zip, const QString& path, int index)
{
    auto workbook = entry(zip, QStringLiteral("xl/workbook.xml"), path);
    if (!workbook)
        return std::unexpected(workbook.error());
    if (!*workbook)
        return std::unexpected(readError(path, QCoreApplication::translate("XlsxReader", "不是 Excel 工作簿（缺少 xl/workbook.xml）")));
    QString relationId;
    QXmlStreamReader xml(**workbook);
    int seen = 0;
    while (!xml.atEnd() && relationId.isEmpty()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("sheet") && seen++ == index) {
            for (const QXmlStreamAttribute& attribute : xml.attributes())
                if (attribute.name() == QLatin1String("id"))
                    relationId = attribute.value().toString();
        }
    }
    if (relationId.isEmpty() && index > 0)
        return std::unexpected(readError(path, QCoreApplication::translate("XlsxReader", "没有第%1个工作表").arg(index + 1)));
    auto rels = entry(zip, QStringLiteral("xl/_rels/workbook.xml.rels"), path);
    if (!rels)
        return std::unexpected(rels.error());
    if (*rels && !relationId.isEmpty()) {
        QXmlStreamReader relXml(**rels);
        while (!relXml.atEnd()) {
            if (relXml.readNext() == QXmlStreamReader::StartElement && relXml.name() == QLatin1String("Relationship")
                && relXml.attributes().value(QLatin1String("Id")) == relationId) {
                QString target = relXml.attributes().value(QLatin1String("Target")).toString();
                if (target.startsWith(u'/'))
                    return target.mid(1);
                return QStringLiteral("xl/") + target;
            }
        }
    }
    return QStringLiteral("xl/worksheets/sheet1.xml");
}

struct Range
{
    int firstRow, firstColumn, lastRow, lastColumn;
};

} // namespace

Result<SheetData> XlsxReader::read(const QString& path, int sheetIndex)
{
    Zip zip(unzOpen64(QFile::encodeName(path).constData()));
    if (!zip)
        return std::unexpected(readError(path, QCoreApplication::translate("XlsxReader", "不是 xlsx（zip）文件或无法打开")));
    auto sheetPath = sheetPathOf(zip.get(), path, sheetIndex);
    if (!sheetPath)
        return std::unexpected(sheetPath.error());
    QStringList shared;
    auto sharedData = entry(zip.get(), QStringLiteral("xl/sharedStrings.xml"), path);
    if (!sharedData)
        return std::unexpected(sharedData.error());
    if (*sharedData) {
        auto strings = sharedStrings(**sharedData, path);
        if (!strings)
            return std::unexpected(strings.error());
        shared = *strings;
    }
    // The sheet is parsed as it is inflated (ZipEntryDevice), never held whole.
    if (unzLocateFile(zip.get(), sheetPath->toUtf8().constData(), 0) != UNZ_OK || unzOpenCurrentFile(zip.get()) != UNZ_OK)
        return std::unexpected(readError(path, *sheetPath));
    ZipEntryDevice device(zip.get());
    auto closeEntry = qScopeGuard([&] { unzCloseCurrentFile(zip.get()); });

    SheetData sheet;
    QList<Range> merges;
    QXmlStreamReader xml(&device);
    int rowIndex = -1;
    int nextColumn = 0;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const QStringView name = xml.name();
        if (name == QLatin1String("row")) {
            const auto r = xml.attributes().value(QLatin1String("r"));
            rowIndex = r.isEmpty() ? rowIndex + 1 : r.toInt() - 1;
            if (rowIndex < 0)
                return std::unexpected(readError(path, QStringLiteral("row %1").arg(r.toString())));
            nextColumn = 0;
        } else if (name == QLatin1String("c")) {
            const QXmlStreamAttributes attributes = xml.attributes();
            const QStringView type = attributes.value(QLatin1String("t"));
            int column = nextColumn;
            int row = rowIndex;
            const auto ref = attributes.value(QLatin1String("r"));
            if (!ref.isEmpty() && !parseReference(ref, column, row))
                return std::unexpected(readError(path, QStringLiteral("cell %1").arg(ref.toString())));
            nextColumn = column + 1;
            InCell cell;
            QString value;
            bool hasValue = false;
            // Children: <v>, <f>, <is>; read up to </c>.
            while (!xml.atEnd()) {
                const auto token = xml.readNext();
                if (token == QXmlStreamReader::StartElement) {
                    if (xml.name() == QLatin1String("v")) {
                        value = xml.readElementText();
                        hasValue = true;
                    } else if (xml.name() == QLatin1String("is")) {
                        value = collectText(xml, QLatin1String("is"));
                        hasValue = true;
                    } else {
                        xml.skipCurrentElement();
                    }
                } else if (token == QXmlStreamReader::EndElement && xml.name() == QLatin1String("c")) {
                    break;
                }
            }
            if (!hasValue)
                continue;
            if (type == QLatin1String("s")) {
                bool ok = false;
                const int index = value.toInt(&ok);
                if (!ok || index < 0 || index >= shared.size())
                    return std::unexpected(readError(path, QStringLiteral("shared string %1").arg(value)));
                cell.text = shared.at(index);
            } else if (type == QLatin1String("b")) {
                cell.text = value == u"1" ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
            } else if (type.isEmpty() || type == QLatin1String("n")) {
                cell.text = value;
                cell.number = true;
            } else { // inlineStr, str (formula result), e (error), d (ISO date)
                cell.text = value;
            }
            while (sheet.rows.size() <= row)
                sheet.rows.append(QList<InCell>());
            QList<InCell>& cells = sheet.rows[row];
            while (cells.size() <= column)
                cells.append(InCell());
            cells[column] = std::move(cell);
        } else if (name == QLatin1String("mergeCell")) {
            const QString ref = xml.attributes().value(QLatin1String("ref")).toString();
            const QStringList corners = ref.split(u':');
            Range range{};
            if (corners.size() == 2 && parseReference(corners[0], range.firstColumn, range.firstRow)
                && parseReference(corners[1], range.lastColumn, range.lastRow))
                merges.append(range);
        }
    }
    if (xml.hasError() || device.failed())
        return std::unexpected(readError(path, *sheetPath + QStringLiteral(": ")
                                                   + (device.failed() ? QStringLiteral("inflate") : xml.errorString())));
    closeEntry.dismiss();
    if (unzCloseCurrentFile(zip.get()) != UNZ_OK) // CRC mismatch: a damaged file
        return std::unexpected(readError(path, QStringLiteral("%1 CRC").arg(*sheetPath)));

    for (const Range& range : merges) {
        if (range.firstRow >= sheet.rows.size() || range.firstColumn >= sheet.rows[range.firstRow].size())
            continue;
        const InCell value = sheet.rows[range.firstRow][range.firstColumn];
        for (int r = range.firstRow; r <= range.lastRow; ++r) {
            while (sheet.rows.size() <= r)
                sheet.rows.append(QList<InCell>());
            QList<InCell>& cells = sheet.rows[r];
            while (cells.size() <= range.lastColumn)
                cells.append(InCell());
            for (int c = range.firstColumn; c <= range.lastColumn; ++c)
                cells[c] = value;
        }
    }
    return sheet;
}

} // namespace wushe::exchange
