#include "ServiceActivityDialog.h"

#include "EnumWidgets.h"
#include "UnitPicker.h"
#include "domain/Money.h"
#include "storage/OrgUnitRepository.h"
#include "storage/ServiceActivityRepository.h"
#include "storage/ServiceUnitRepository.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>

#include <cmath>

namespace wushe::ui {

ServiceActivityDialog::ServiceActivityDialog(ops::Operations& ops, QWidget* parent)
    : RegistryEditorDialog(ops, tr("服务活动"), parent), m_heldOn(dateField(m_clock.today(), this)),
      m_org(new UnitPicker(m_db, OrgLevel::County, this)), m_serviceUnit(new QComboBox(this)), m_domain(new QComboBox(this)),
      m_kind(new QComboBox(this)), m_societies(new BitChecks(kSocieties, 3, this)), m_title(new QLineEdit(this)),
      m_people(new QSpinBox(this)), m_hours(new QDoubleSpinBox(this)), m_money(new QLineEdit(this)),
      m_summary(new QPlainTextEdit(this))
{
    fillCombo(m_domain, kServiceDomains);
    fillCombo(m_kind, kActivityKinds);
    setComboValue(m_kind, ActivityKind::ProfessionalService);
    m_serviceUnit->addItem(tr("（无）"), QString());
    if (auto top = storage::OrgUnitRepository(m_db).jurisdiction()) {
        if (auto units = storage::ServiceUnitRepository(m_db, context()).under(top->code))
            for (const ServiceUnit& unit : *units)
                m_serviceUnit->addItem(unit.name, unit.meta.id);
    }
    m_people->setRange(0, 1000000);
    m_hours->setRange(0, 100000);
    m_hours->setDecimals(1);
    m_hours->setSingleStep(0.5);
    m_money->setObjectName(QStringLiteral("money"));
    m_money->setPlaceholderText(tr("元，如 1200.50"));
    m_title->setObjectName(QStringLiteral("title"));
    m_summary->setMaximumHeight(70);
    form()->addRow(tr("日期*"), m_heldOn);
    form()->addRow(tr("地点（区划）*"), m_org);
    form()->addRow(tr("承办站点（室）"), m_serviceUnit);
    form()->addRow(tr("服务领域*"), m_domain);
    form()->addRow(tr("活动类型*"), m_kind);
    form()->addRow(tr("参与主体"), m_societies);
    form()->addRow(tr("活动名称*"), m_title);
    form()->addRow(tr("服务人数"), m_people);
    form()->addRow(tr("志愿服务（小时）"), m_hours);
    form()->addRow(tr("使用资金（元）"), m_money);
    form()->addRow(tr("活动概况"), m_summary);
}

void ServiceActivityDialog::setDefaultOrg(const QString& orgCode)
{
    m_org->setOrgCode(orgCode);
}

Result<void> ServiceActivityDialog::load(const QString& id)
{
    auto found = required(storage::ServiceActivityRepository(m_db, context()).find(id));
    if (!found)
        return std::unexpected(found.error());
    m_activity = *found;
    m_heldOn->setDate(m_activity.heldOn);
    m_org->setOrgCode(m_activity.meta.orgCode);
    m_serviceUnit->setCurrentIndex(std::max(0, m_serviceUnit->findData(m_activity.serviceUnitId)));
    setComboValue(m_domain, m_activity.domain);
    setComboValue(m_kind, m_activity.kind);
    m_societies->setBits(m_activity.societies);
    m_title->setText(m_activity.title);
    m_people->setValue(m_activity.peopleServed);
    m_hours->setValue(m_activity.volunteerMinutes / 60.0);
    m_money->setText(m_activity.moneyFen ? formatYuan(m_activity.moneyFen) : QString());
    m_summary->setPlainText(m_activity.summary);
    setWindowTitle(tr("服务活动 — %1").arg(m_activity.title));
    return {};
}

Result<ServiceActivity> ServiceActivityDialog::fromForm() const
{
    ServiceActivity activity = m_activity;
    activity.heldOn = m_heldOn->date();
    activity.meta.orgCode = m_org->orgCode();
    activity.serviceUnitId = m_serviceUnit->currentData().toString();
    activity.domain = comboValue<ServiceDomain>(m_domain);
    activity.kind = comboValue<ActivityKind>(m_kind);
    activity.societies = m_societies->bits();
    activity.title = m_title->text().trimmed();
    activity.peopleServed = m_people->value();
    activity.volunteerMinutes = int(std::lround(m_hours->value() * 60.0));
    activity.summary = m_summary->toPlainText().trimmed();
    activity.moneyFen = 0;
    if (!m_money->text().trimmed().isEmpty()) {
        auto fen = parseYuan(m_money->text().trimmed());
        if (!fen)
            return std::unexpected(fen.error());
        activity.moneyFen = *fen;
    }
    return activity;
}

Result<void> ServiceActivityDialog::write()
{
    auto activity = fromForm();
    if (!activity)
        return std::unexpected(activity.error());
    m_written = *activity;
    return saveRecord(m_written);
}

Result<void> ServiceActivityDialog::remove()
{
    ServiceActivity activity = m_activity;
    return m_ops.remove(activity);
}

} // namespace wushe::ui
