#include "SocialWorkerDialog.h"

#include "EnumWidgets.h"
#include "PersonFields.h"
#include "UnitPicker.h"
#include "storage/OrgUnitRepository.h"
#include "storage/ServiceUnitRepository.h"
#include "storage/SocialWorkerRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLineEdit>

namespace wushe::ui {

SocialWorkerDialog::SocialWorkerDialog(ops::Operations& ops, QWidget* parent)
    : RegistryEditorDialog(ops, tr("社会工作者"), parent), m_person(new PersonFields(m_db, m_clock, this)),
      m_org(new UnitPicker(m_db, OrgLevel::County, this)), m_serviceUnit(new QComboBox(this)), m_post(new QComboBox(this)),
      m_level(new QComboBox(this)), m_certificateNo(new QLineEdit(this)),
      m_communityWorker(new QCheckBox(tr("社区工作者"), this)), m_satExam(new QCheckBox(tr("参加了职业水平考试"), this)),
      m_employer(new QLineEdit(this)), m_start(dateField(m_clock.today(), this)), m_left(new QCheckBox(tr("已离岗"), this)),
      m_end(dateField(m_clock.today(), this))
{
    fillCombo(m_post, kSocialWorkPosts);
    setComboValue(m_post, SocialWorkPost::ResidentWorker);
    fillCombo(m_level, kCertificateLevels);
    m_serviceUnit->addItem(tr("（不属于站点）"), QString());
    if (auto top = storage::OrgUnitRepository(m_db).jurisdiction()) {
        if (auto units = storage::ServiceUnitRepository(m_db, context()).under(top->code))
            for (const ServiceUnit& unit : *units)
                m_serviceUnit->addItem(unit.name, unit.meta.id);
    }
    m_end->setEnabled(false);
    connect(m_left, &QCheckBox::toggled, m_end, &QWidget::setEnabled);
    m_org->setObjectName(QStringLiteral("postUnit"));
    m_certificateNo->setObjectName(QStringLiteral("certificateNo"));

    form()->addRow(m_person);
    form()->addRow(tr("岗位所在区划*"), m_org);
    form()->addRow(tr("所属站点（室）"), m_serviceUnit);
    form()->addRow(tr("岗位*"), m_post);
    form()->addRow(tr("职业水平证书"), m_level);
    form()->addRow(tr("证书编号"), m_certificateNo);
    form()->addRow(QString(), m_communityWorker);
    form()->addRow(QString(), m_satExam);
    form()->addRow(tr("工作单位"), m_employer);
    form()->addRow(tr("到岗日期*"), m_start);
    form()->addRow(m_left, m_end);
}

void SocialWorkerDialog::setDefaultOrg(const QString& orgCode)
{
    m_org->setOrgCode(orgCode);
}

QString SocialWorkerDialog::recordName() const
{
    return m_worker.person.name;
}

Result<void> SocialWorkerDialog::load(const QString& id)
{
    auto found = required(storage::SocialWorkerRepository(m_db, context()).find(id));
    if (!found)
        return std::unexpected(found.error());
    m_worker = *found;
    m_person->setPerson(m_worker.person);
    m_org->setOrgCode(m_worker.meta.orgCode);
    m_serviceUnit->setCurrentIndex(std::max(0, m_serviceUnit->findData(m_worker.serviceUnitId)));
    setComboValue(m_post, m_worker.post);
    setComboValue(m_level, m_worker.certificateLevel);
    m_certificateNo->setText(m_worker.certificateNo);
    m_communityWorker->setChecked(m_worker.isCommunityWorker);
    m_satExam->setChecked(m_worker.satExam);
    m_employer->setText(m_worker.employer);
    m_start->setDate(m_worker.startOn);
    m_left->setChecked(m_worker.endOn.isValid());
    if (m_worker.endOn.isValid())
        m_end->setDate(m_worker.endOn);
    setWindowTitle(tr("社会工作者 — %1").arg(recordName()));
    return {};
}

SocialWorker SocialWorkerDialog::fromForm() const
{
    SocialWorker worker = m_worker;
    worker.person = m_person->person();
    worker.meta.orgCode = m_org->orgCode();
    worker.serviceUnitId = m_serviceUnit->currentData().toString();
    worker.post = comboValue<SocialWorkPost>(m_post);
    worker.certificateLevel = comboValue<CertificateLevel>(m_level);
    worker.certificateNo = m_certificateNo->text();
    worker.isCommunityWorker = m_communityWorker->isChecked();
    worker.satExam = m_satExam->isChecked();
    worker.employer = m_employer->text().trimmed();
    worker.startOn = m_start->date();
    worker.endOn = m_left->isChecked() ? m_end->date() : QDate();
    return worker;
}

Result<void> SocialWorkerDialog::write()
{
    m_written = fromForm();
    return saveRecord(m_written);
}

void SocialWorkerDialog::committed()
{
    m_worker = m_written;
    m_person->setPerson(m_worker.person);
}

Result<void> SocialWorkerDialog::remove()
{
    SocialWorker worker = m_worker;
    return m_ops.remove(worker);
}

} // namespace wushe::ui
