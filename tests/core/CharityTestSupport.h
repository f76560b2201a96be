#pragma once

// Shared by the charity and purchased-service tests: rows that pass the rules
// unless a test changes them, in the 大荔县 database of LedgerTestSupport.h.

#include "LedgerTestSupport.h"

#include "domain/CharityFund.h"
#include "domain/PurchasedProject.h"

namespace wushe::test {


inline CharityFund charityFund(qint64 initialFen, QString org = kCounty)
{
    CharityFund fund;
    fund.meta.orgCode = std::move(org);
    fund.name = QStringLiteral("大荔县慈善基金");
    fund.kind = FundKind::CharityFund;
    fund.establishedOn = QDate(2023, 3, 1);
    fund.initialAmountFen = initialFen;
    fund.manager = QStringLiteral("县慈善协会");
    return fund;
}

inline FundFlow fundFlow(const CharityFund& fund, FlowDirection direction, qint64 amountFen)
{
    FundFlow flow;
    flow.fundId = fund.meta.id;
    flow.flowedOn = QDate(2024, 5, 10);
    flow.direction = direction;
    flow.amountFen = amountFen;
    flow.purpose = direction == FlowDirection::In ? QStringLiteral("企业捐赠") : QStringLiteral("临时困难救助");
    return flow;
}

inline PurchasedProject purchasedProject(qint64 contractFen)
{
    PurchasedProject project;
    project.meta.orgCode = kCounty;
    project.name = QStringLiteral("大荔县困境儿童关爱服务项目");
    project.buyer = QStringLiteral("大荔县民政局");
    project.contractor = QStringLiteral("渭南市阳光社会工作服务中心");
    project.contractAmountFen = contractFen;
    project.startsOn = QDate(2024, 1, 1);
    project.endsOn = QDate(2024, 12, 31);
    return project;
}

} // namespace wushe::test
