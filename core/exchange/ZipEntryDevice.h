#pragma once

#include <QIODevice>

namespace wushe::exchange {

// The entry of a zip archive that minizip has opened (unzOpenCurrentFile), read
// as a sequential device: QXmlStreamReader parses a 100,000-row sheet as it is
// inflated instead of holding its ~130 MB of XML.
class ZipEntryDevice : public QIODevice
{
public:
    explicit ZipEntryDevice(void* zip);

    bool isSequential() const override { return true; }
    bool failed() const { return m_failed; }

protected:
    qint64 readData(char* data, qint64 maxSize) override;
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    void* m_zip;
    bool m_failed = false;
};

} // namespace wushe::exchange
