#include "demo/ChineseNames.h"

#include <QUuid>

#include <array>

namespace wushe::demo {

namespace {

// Common surnames, roughly in order of frequency in Shaanxi (weights fall with rank).
constexpr std::array kSurnames{
    u"王", u"李", u"张", u"刘", u"杨", u"陈", u"赵", u"马", u"郭", u"高", u"周", u"吴", u"孙", u"徐", u"胡",
    u"朱", u"何", u"罗", u"梁", u"宋", u"雷", u"田", u"冯", u"董", u"薛", u"贾", u"任", u"韩", u"白", u"段",
    u"侯", u"姚", u"崔", u"曹", u"袁", u"邓", u"许", u"傅", u"魏", u"史", u"闫", u"党", u"兰", u"屈", u"拓"};

constexpr std::array kMaleChars{u"伟", u"强", u"军", u"勇", u"杰", u"磊", u"涛", u"明", u"超", u"刚", u"平",
                                u"辉", u"建", u"华", u"峰", u"斌", u"波", u"鹏", u"飞", u"鑫", u"宇", u"浩",
                                u"俊", u"健", u"国", u"志", u"文", u"海", u"兵", u"林", u"成", u"忠", u"荣",
                                u"新", u"春", u"发", u"宏", u"德", u"亮", u"博", u"永", u"长", u"生", u"红"};

constexpr std::array kFemaleChars{u"芳", u"娜", u"敏", u"静", u"丽", u"艳", u"娟", u"霞", u"秀", u"英", u"玲",
                                  u"燕", u"红", u"梅", u"琳", u"萍", u"雪", u"婷", u"慧", u"兰", u"凤", u"洁",
                                  u"琴", u"云", u"莉", u"倩", u"颖", u"佳", u"欣", u"悦", u"桂", u"珍", u"淑",
                                  u"花", u"翠", u"月", u"玉", u"彩", u"丹", u"蓉"};

// Mobile prefixes of the three carriers.
constexpr std::array kMobilePrefixes{"133", "135", "136", "137", "138", "139", "150", "151", "152", "153",
                                     "155", "156", "157", "158", "159", "177", "180", "181", "186", "187",
                                     "188", "189", "191", "199"};

template <typename Array>
QString pick(QRandomGenerator& random, const Array& items)
{
    return QString::fromUtf16(items[random.bounded(int(items.size()))]);
}

} // namespace

QString ChineseNames::surname()
{
    // Rank-weighted: the square of a uniform number favours the front of the list.
    const double u = m_random.generateDouble();
    return QString::fromUtf16(kSurnames[std::size_t(u * u * kSurnames.size())]);
}

QString ChineseNames::givenName(rules::Sex sex)
{
    const bool male = sex == rules::Sex::Male;
    const QString first = male ? pick(m_random, kMaleChars) : pick(m_random, kFemaleChars);
    if (m_random.bounded(100) < 40)
        return first;
    const QString second = male ? pick(m_random, kMaleChars) : pick(m_random, kFemaleChars);
    return first + (second == first ? QString() : second);
}

QString ChineseNames::fullName(rules::Sex sex)
{
    const QString family = surname();
    return family + givenName(sex);
}

QString ChineseNames::fullName(rules::Sex sex, const QString& familyName)
{
    return familyName + givenName(sex);
}

QString ChineseNames::otherSurname(const QString& notThis)
{
    for (int attempt = 0; attempt < 8; ++attempt) {
        const QString candidate = surname();
        if (candidate != notThis)
            return candidate;
    }
    return notThis == u"王" ? QStringLiteral("李") : QStringLiteral("王");
}

QString ChineseNames::mobilePhone()
{
    QString phone = QString::fromLatin1(kMobilePrefixes[m_random.bounded(int(kMobilePrefixes.size()))]);
    for (int i = 0; i < 8; ++i)
        phone += QChar(u'0' + m_random.bounded(10));
    return phone;
}

QString ChineseNames::idNumber(const QString& regionCode, QDate birthDate, rules::Sex sex)
{
    // Sequence digits 15-16 are free, digit 17 is odd for men and even for women.
    int sequence = m_random.bounded(100) * 10 + m_random.bounded(5) * 2;
    if (sex == rules::Sex::Male)
        sequence += 1;
    const QString first17 = regionCode.left(6) + birthDate.toString(QStringLiteral("yyyyMMdd"))
                            + QStringLiteral("%1").arg(sequence, 3, 10, QLatin1Char('0'));
    return first17 + rules::IdNumber::checkDigit(first17);
}

rules::Sex ChineseNames::anySex()
{
    return m_random.bounded(2) == 0 ? rules::Sex::Male : rules::Sex::Female;
}

QDate ChineseNames::dateBetween(QDate from, QDate to)
{
    const qint64 days = from.daysTo(to);
    return days <= 0 ? from : from.addDays(qint64(m_random.bounded(quint64(days + 1))));
}

QString ChineseNames::uuid()
{
    std::array<quint8, 16> bytes{};
    for (auto& byte : bytes)
        byte = quint8(m_random.bounded(256));
    bytes[6] = quint8((bytes[6] & 0x0F) | 0x40); // version 4
    bytes[8] = quint8((bytes[8] & 0x3F) | 0x80); // RFC 4122 variant
    return QUuid::fromRfc4122(QByteArrayView(reinterpret_cast<const char*>(bytes.data()), 16))
        .toString(QUuid::WithoutBraces);
}

} // namespace wushe::demo
