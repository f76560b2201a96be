#include "exchange/CsvWriter.h"

#include "domain/Money.h"
#include "exchange/Gb18030.h"

#include <QCoreApplication>

namespace wushe::exchange {

namespace {

Error writeError(const QString& path, const QString& detail)
{
    return Error{QStringLiteral("exchange.write"),
                 QCoreApplication::translate("CsvWriter", "无法写入 %1：%2").arg(path, detail)};
}

QString quoted(const QString& text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n') && !text.contains(u'\r'))
        return text;
    QString escaped = text;
    escaped.replace(u'"', QStringLiteral("\"\""));
    return u'"' + escaped + u'"';
}

} // namespace

CsvWriter::CsvWriter(const QString& path, CsvEncoding encoding) : m_file(path), m_encoding(encoding) {}

QString CsvWriter::field(const OutCell& cell)
{
    switch (cell.type) {
    case OutCell::Type::Empty: return {};
    case OutCell::Type::Text: return quoted(cell.text);
    case OutCell::Type::Code: return cell.text.isEmpty() ? QString() : quoted(u'\t' + cell.text);
    case OutCell::Type::Date: return cell.date.toString(Qt::ISODate);
    case OutCell::Type::Money: return formatYuan(cell.number);
    case OutCell::Type::Integer: return QString::number(cell.number);
    }
    return {};
}

Result<void> CsvWriter::writeLine(const QStringList& fields)
{
    if (m_failed)
        return std::unexpected(writeError(m_file.fileName(), m_file.errorString()));
    if (!m_open) {
        if (!m_file.open(QIODevice::WriteOnly))
            return std::unexpected(writeError(m_file.fileName(), m_file.errorString()));
        m_open = true;
        if (m_encoding == CsvEncoding::Utf8Bom)
            m_file.write("\xEF\xBB\xBF");
    }
    const QString line = fields.join(u',') + QStringLiteral("\r\n");
    QByteArray bytes;
    if (m_encoding == CsvEncoding::Gb18030) {
        auto encoded = Gb18030::encode(line);
        if (!encoded) {
            m_failed = true;
            return std::unexpected(encoded.error());
        }
        bytes = *encoded;
    } else {
        bytes = line.toUtf8();
    }
    if (m_file.write(bytes) != bytes.size()) {
        m_failed = true;
        return std::unexpected(writeError(m_file.fileName(), m_file.errorString()));
    }
    return {};
}

Result<void> CsvWriter::writeHeader(const QStringList& headers)
{
    QStringList fields;
    for (const QString& header : headers)
        fields << quoted(header);
    return writeLine(fields);
}

Result<void> CsvWriter::writeRow(const QList<OutCell>& cells)
{
    QStringList fields;
    fields.reserve(cells.size());
    for (const OutCell& cell : cells)
        fields << field(cell);
    return writeLine(fields);
}

Result<void> CsvWriter::commit()
{
    if (!m_open || m_failed)
        return std::unexpected(writeError(m_file.fileName(), m_file.errorString()));
    if (!m_file.commit())
        return std::unexpected(writeError(m_file.fileName(), m_file.errorString()));
    return {};
}

} // namespace wushe::exchange
