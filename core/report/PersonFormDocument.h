#pragma once

#include "domain/ChildRecord.h"
#include "domain/ElderlyRecord.h"
#include "domain/ReliefHousehold.h"

#include "domain/Ledger.h"

#include <QString>

class QTextDocument;

namespace wushe::report {

// One-person forms (一人一表) to print, sign and file: labelled cells in the layout
// of the paper forms, signature lines at the foot. Personal data is printed in
// full: the signed paper is the record.
class PersonFormDocument
{
public:
    // 老年人信息登记表
    static void elderly(QTextDocument& document, const ElderlyRecord& record, const QString& villagePath);
    // 儿童信息登记表 (after the 2016 national form)
    static void child(QTextDocument& document, const ChildRecord& record, const QString& villagePath);
    // 家庭经济状况入户核查表: household, members, and room for the findings; two
    // investigators sign, as the 低保 rules require.
    static void reliefCheck(QTextDocument& document, const ReliefHousehold& household, const QString& villagePath);
    static QString title(Ledger ledger);
};

// HTML helpers shared by the form builders.
namespace form {
QString cell(const QString& label, const QString& value, int valueSpan = 1);
QString signatureLines(const QStringList& signers);
} // namespace form

} // namespace wushe::report
