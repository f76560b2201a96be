#pragma once

#include <QDate>
#include <QString>

namespace wushe::quarterly {

// What staff write on a report: the header block and the four narrative sections.
struct ReportText
{
    QString reportingUnit; // 填报单位
    QString unitHead;      // 单位负责人
    QString reviewer;      // 审核人
    QString preparer;      // 填表人
    QString phone;         // 联系电话
    QDate reportDate;      // 报出日期
    QString practices;     // 经验做法
    QString cases;         // 典型案例
    QString problems;      // 存在问题
    QString nextPlan;      // 下季度计划

    bool operator==(const ReportText&) const = default;
};

} // namespace wushe::quarterly
