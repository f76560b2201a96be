#include "PersonFields.h"

#include "VillagePicker.h"
#include "rules/IdNumber.h"
#include "rules/LedgerRules.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace wushe::ui {

PersonFields::PersonFields(QSqlDatabase db, const Clock& clock, QWidget* parent)
    : QWidget(parent), m_clock(clock), m_id(new QLineEdit(this)), m_derived(new QLabel(this)),
      m_name(new QLineEdit(this)), m_ethnicity(new QComboBox(this)), m_phone(new QLineEdit(this)),
      m_village(new VillagePicker(std::move(db), this)), m_address(new QLineEdit(this))
{
    m_id->setObjectName(QStringLiteral("idNumber"));
    m_id->setMaxLength(24);
    m_id->setPlaceholderText(tr("18位公民身份号码（15位旧号码自动转换）"));
    m_derived->setObjectName(QStringLiteral("derived"));
    m_name->setObjectName(QStringLiteral("name"));
    m_phone->setObjectName(QStringLiteral("phone"));
    m_phone->setPlaceholderText(tr("手机号或带区号的固定电话"));
    m_ethnicity->setEditable(true);
    // Stored in Chinese whatever the interface language: the label shown, the name as data.
    for (const char* name : {QT_TR_NOOP("汉族"), QT_TR_NOOP("回族"), QT_TR_NOOP("满族"), QT_TR_NOOP("蒙古族"),
                             QT_TR_NOOP("藏族"), QT_TR_NOOP("维吾尔族"), QT_TR_NOOP("土家族"), QT_TR_NOOP("苗族"),
                             QT_TR_NOOP("彝族"), QT_TR_NOOP("壮族")})
        m_ethnicity->addItem(tr(name), QString::fromUtf8(name));
    auto* form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("身份证号*"), m_id);
    form->addRow(QString(), m_derived);
    form->addRow(tr("姓名*"), m_name);
    form->addRow(tr("民族"), m_ethnicity);
    form->addRow(tr("联系电话"), m_phone);
    form->addRow(tr("村（社区）*"), m_village);
    form->addRow(tr("住址"), m_address);
    connect(m_id, &QLineEdit::textChanged, this, &PersonFields::updateDerived);
    updateDerived();
}

void PersonFields::updateDerived()
{
    const QString text = m_id->text();
    if (text.trimmed().isEmpty()) {
        m_derived->setText(tr("输入身份证号后自动显示出生日期和性别"));
        m_derived->setStyleSheet(QStringLiteral("color:#666"));
        return;
    }
    const QDate today = m_clock.today();
    auto id = rules::IdNumber::parse(text, today);
    if (!id) {
        m_derived->setText(id.error().message);
        m_derived->setStyleSheet(QStringLiteral("color:#b00020"));
        return;
    }
    QString line = tr("出生日期 %1 · %2 · %3岁")
                       .arg(id->birthDate().toString(Qt::ISODate), id->sexLabel())
                       .arg(rules::ageOn(id->birthDate(), today));
    if (id->wasConvertedFrom15())
        line += tr(" · 已转换为18位：%1").arg(id->text());
    m_derived->setText(line);
    m_derived->setStyleSheet(QStringLiteral("color:#1f6f3f"));
}

QString PersonFields::derivedText() const
{
    return m_derived->text();
}

Person PersonFields::person() const
{
    Person person = m_person;
    person.idNumber = m_id->text();
    person.name = m_name->text();
    const int listed = m_ethnicity->findText(m_ethnicity->currentText());
    person.ethnicity = listed >= 0 ? m_ethnicity->itemData(listed).toString() : m_ethnicity->currentText();
    person.phone = m_phone->text();
    person.address = m_address->text();
    person.meta.orgCode = orgCode();
    return person;
}

void PersonFields::setPerson(const Person& person)
{
    m_person = person;
    m_id->setText(person.idNumber);
    m_name->setText(person.name);
    const int listed = m_ethnicity->findData(person.ethnicity.isEmpty() ? QStringLiteral("汉族") : person.ethnicity);
    if (listed >= 0)
        m_ethnicity->setCurrentIndex(listed);
    else
        m_ethnicity->setCurrentText(person.ethnicity);
    m_phone->setText(person.phone);
    m_address->setText(person.address);
    if (!person.meta.orgCode.isEmpty())
        setOrgCode(person.meta.orgCode);
}

QString PersonFields::orgCode() const
{
    return m_village->orgCode();
}

void PersonFields::setOrgCode(const QString& code)
{
    m_village->setOrgCode(code);
}

} // namespace wushe::ui
