#pragma once

#include "Error.h"
#include "quarterly/ReportJson.h"

namespace wushe::quarterly {

// The upward package: one JSON file holding a submitted report's content (unit,
// quarter, revision, figures, flags, text) and the SHA-256 digest of that
// content's canonical bytes, so the receiving city can tell a damaged or edited
// file from a sound one.
struct ReportPackage
{
    SubmittedReport report;
    QByteArray content; // canonical JSON of the content
    QString digest;

    // Written atomically (QSaveFile): never a half-written package.
    static Result<void> write(const QString& path, const QByteArray& content, const QString& digest);
    // Refuses unreadable files (package.read), anything not a package
    // (package.format) and content that does not match its digest (package.damaged).
    static Result<ReportPackage> read(const QString& path);
};

} // namespace wushe::quarterly
