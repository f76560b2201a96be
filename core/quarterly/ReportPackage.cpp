#include "quarterly/ReportPackage.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace wushe::quarterly {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("ReportPackage", text);
}

const QString kFormat = QStringLiteral("wushe-quarterly-package");

} // namespace

Result<void> ReportPackage::write(const QString& path, const QByteArray& content, const QString& digest)
{
    const QJsonDocument parsed = QJsonDocument::fromJson(content);
    if (!parsed.isObject())
        return fail(QStringLiteral("package.format"), tr("报告内容不是有效的JSON"));
    const QJsonObject package{{QStringLiteral("format"), kFormat},
                              {QStringLiteral("content"), parsed.object()},
                              {QStringLiteral("sha256"), digest}};
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(QStringLiteral("package.write"), tr("无法写入%1：%2").arg(path, file.errorString()));
    file.write(QJsonDocument(package).toJson(QJsonDocument::Indented));
    if (!file.commit())
        return fail(QStringLiteral("package.write"), tr("保存%1失败：%2").arg(path, file.errorString()));
    return {};
}

Result<ReportPackage> ReportPackage::read(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(QStringLiteral("package.read"), tr("无法读取%1：%2").arg(path, file.errorString()));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return fail(QStringLiteral("package.damaged"), tr("%1不是完整的报送数据包（无法解析）").arg(path));
    const QJsonObject package = document.object();
    if (package.value(QStringLiteral("format")).toString() != kFormat || !package.value(QStringLiteral("content")).isObject())
        return fail(QStringLiteral("package.format"), tr("%1不是季度报告数据包").arg(path));
    const QJsonObject content = package.value(QStringLiteral("content")).toObject();
    const QString digest = ReportJson::digest(content);
    if (digest != package.value(QStringLiteral("sha256")).toString())
        return fail(QStringLiteral("package.damaged"), tr("%1已损坏或被改动（校验值不符）").arg(path));
    auto report = ReportJson::fromJson(content);
    if (!report)
        return std::unexpected(report.error());
    return ReportPackage{*report, ReportJson::canonical(content), digest};
}

} // namespace wushe::quarterly
