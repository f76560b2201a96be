#include "CommunityOrgDialog.h"

#include "EnumWidgets.h"
#include "VillagePicker.h"
#include "storage/CommunityOrgRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLineEdit>
#include <QSpinBox>

namespace wushe::ui {

CommunityOrgDialog::CommunityOrgDialog(ops::Operations& ops, QWidget* parent)
    : RegistryEditorDialog(ops, tr("社区社会组织"), parent), m_name(new QLineEdit(this)),
      m_village(new VillagePicker(m_db, this)), m_registration(new QComboBox(this)), m_registrationNo(new QLineEdit(this)),
      m_type(new QComboBox(this)), m_counts(new QCheckBox(tr("属于服务性、公益性、互助性组织"), this)),
      m_leader(new QLineEdit(this)), m_phone(new QLineEdit(this)), m_members(new QSpinBox(this)),
      m_founded(dateField(m_clock.today(), this)), m_status(new QComboBox(this))
{
    fillCombo(m_registration, kOrgRegistrations);
    setComboValue(m_registration, OrgRegistration::Filed);
    fillCombo(m_type, kCommunityOrgTypes);
    fillCombo(m_status, kCommunityOrgStatuses);
    m_members->setRange(0, 100000);
    m_founded->setMaximumDate(m_clock.today());
    m_name->setObjectName(QStringLiteral("name"));
    m_registrationNo->setPlaceholderText(tr("登记证号或备案号（登记的必填）"));
    form()->addRow(tr("组织名称*"), m_name);
    form()->addRow(tr("所在社区（村）*"), m_village);
    form()->addRow(tr("登记/备案*"), m_registration);
    form()->addRow(tr("证号"), m_registrationNo);
    form()->addRow(tr("类型*"), m_type);
    form()->addRow(QString(), m_counts);
    form()->addRow(tr("负责人"), m_leader);
    form()->addRow(tr("负责人电话"), m_phone);
    form()->addRow(tr("成员数"), m_members);
    form()->addRow(tr("成立日期"), m_founded);
    form()->addRow(tr("状态"), m_status);
}

void CommunityOrgDialog::setDefaultOrg(const QString& orgCode)
{
    m_village->setOrgCode(orgCode);
}

Result<void> CommunityOrgDialog::load(const QString& id)
{
    auto found = required(storage::CommunityOrgRepository(m_db, context()).find(id));
    if (!found)
        return std::unexpected(found.error());
    m_org = *found;
    m_name->setText(m_org.name);
    m_village->setOrgCode(m_org.meta.orgCode);
    setComboValue(m_registration, m_org.registration);
    m_registrationNo->setText(m_org.registrationNo);
    setComboValue(m_type, m_org.type);
    m_counts->setChecked(m_org.countsAsService);
    m_leader->setText(m_org.leaderName);
    m_phone->setText(m_org.leaderPhone);
    m_members->setValue(m_org.members);
    if (m_org.foundedOn.isValid())
        m_founded->setDate(m_org.foundedOn);
    setComboValue(m_status, m_org.status);
    setWindowTitle(tr("社区社会组织 — %1").arg(m_org.name));
    return {};
}

CommunityOrg CommunityOrgDialog::fromForm() const
{
    CommunityOrg org = m_org;
    org.name = m_name->text().trimmed();
    org.meta.orgCode = m_village->orgCode();
    org.registration = comboValue<OrgRegistration>(m_registration);
    org.registrationNo = m_registrationNo->text().trimmed();
    org.type = comboValue<CommunityOrgType>(m_type);
    org.countsAsService = m_counts->isChecked();
    org.leaderName = m_leader->text().trimmed();
    org.leaderPhone = m_phone->text().trimmed();
    org.members = m_members->value();
    org.foundedOn = m_founded->date();
    org.status = comboValue<CommunityOrgStatus>(m_status);
    return org;
}

Result<void> CommunityOrgDialog::write()
{
    m_written = fromForm();
    return saveRecord(m_written);
}

Result<void> CommunityOrgDialog::remove()
{
    CommunityOrg org = m_org;
    return m_ops.remove(org);
}

} // namespace wushe::ui
