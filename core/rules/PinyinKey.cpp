#include "rules/PinyinKey.h"

#include <QMutex>

#include <unicode/ucol.h>

#include <memory>

namespace wushe::rules {

namespace {

struct CollatorCloser
{
    void operator()(UCollator* collator) const { ucol_close(collator); }
};

// ICU collators are not thread-safe for concurrent use; one shared instance under a lock.
UCollator* chineseCollator()
{
    static std::unique_ptr<UCollator, CollatorCloser> collator = [] {
        UErrorCode status = U_ZERO_ERROR;
        UCollator* opened = ucol_open("zh", &status);
        return std::unique_ptr<UCollator, CollatorCloser>(U_SUCCESS(status) ? opened : nullptr);
    }();
    return collator.get();
}

} // namespace

QByteArray pinyinKey(const QString& name)
{
    static QMutex mutex;
    const QMutexLocker lock(&mutex);
    UCollator* collator = chineseCollator();
    if (!collator)
        return name.toUtf8(); // no ICU data: code-point order is still a stable order
    const auto* text = reinterpret_cast<const UChar*>(name.utf16());
    QByteArray key(64, Qt::Uninitialized);
    int32_t length = ucol_getSortKey(collator, text, int32_t(name.size()), reinterpret_cast<uint8_t*>(key.data()),
                                     int32_t(key.size()));
    if (length > key.size()) {
        key.resize(length);
        length = ucol_getSortKey(collator, text, int32_t(name.size()), reinterpret_cast<uint8_t*>(key.data()), length);
    }
    key.resize(length > 0 ? length - 1 : 0); // drop the terminating zero byte
    return key;
}

} // namespace wushe::rules
