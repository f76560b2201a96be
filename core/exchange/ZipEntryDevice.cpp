#include "exchange/ZipEntryDevice.h"

#include <minizip/unzip.h>

#include <limits>

namespace wushe::exchange {

ZipEntryDevice::ZipEntryDevice(void* zip) : m_zip(zip)
{
    open(QIODevice::ReadOnly);
}

qint64 ZipEntryDevice::readData(char* data, qint64 maxSize)
{
    const auto size = unsigned(std::min<qint64>(maxSize, std::numeric_limits<int>::max()));
    const int read = unzReadCurrentFile(m_zip, data, size);
    if (read < 0) {
        m_failed = true;
        return -1;
    }
    return read;
}

} // namespace wushe::exchange
