#include "exchange/Gb18030.h"

#include <QCoreApplication>

#include <unicode/ucnv.h>

#include <memory>

namespace wushe::exchange {

namespace {

struct ConverterCloser
{
    void operator()(UConverter* converter) const { ucnv_close(converter); }
};

Result<std::unique_ptr<UConverter, ConverterCloser>> open()
{
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UConverter, ConverterCloser> converter(ucnv_open("GB18030", &status));
    if (U_FAILURE(status) || !converter)
        return fail(QStringLiteral("exchange.encoding"),
                    QCoreApplication::translate("Gb18030", "无法使用 GB18030 编码：%1").arg(QString::fromLatin1(u_errorName(status))));
    // Refuse instead of substituting: a silently replaced character is a corrupted name.
    ucnv_setToUCallBack(converter.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
    ucnv_setFromUCallBack(converter.get(), UCNV_FROM_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
    return converter;
}

} // namespace

Result<QByteArray> Gb18030::encode(const QString& text)
{
    auto converter = open();
    if (!converter)
        return std::unexpected(converter.error());
    QByteArray out(text.size() * 4 + 4, Qt::Uninitialized);
    UErrorCode status = U_ZERO_ERROR;
    const int32_t length = ucnv_fromUChars(converter->get(), out.data(), int32_t(out.size()),
                                           reinterpret_cast<const UChar*>(text.utf16()), int32_t(text.size()), &status);
    if (U_FAILURE(status))
        return fail(QStringLiteral("exchange.encoding"),
                    QCoreApplication::translate("Gb18030", "文本无法转换为 GB18030：%1").arg(QString::fromLatin1(u_errorName(status))));
    out.truncate(length);
    return out;
}

Result<QString> Gb18030::decode(const QByteArray& bytes)
{
    auto converter = open();
    if (!converter)
        return std::unexpected(converter.error());
    QString out(bytes.size() + 2, Qt::Uninitialized);
    UErrorCode status = U_ZERO_ERROR;
    const int32_t length = ucnv_toUChars(converter->get(), reinterpret_cast<UChar*>(out.data()), int32_t(out.size()),
                                         bytes.constData(), int32_t(bytes.size()), &status);
    if (U_FAILURE(status))
        return fail(QStringLiteral("exchange.encoding"),
                    QCoreApplication::translate("Gb18030", "文件既不是 UTF-8 也不是 GB18030 编码"));
    out.truncate(length);
    return out;
}

} // namespace wushe::exchange
