/* A stand-in for bcryptprimitives.dll, for running pressdesk.exe under Debian 12's Wine 8
 * in tests only; never shipped. Rust's standard library asks Windows for random bytes
 * (hash map seeds, temporary names) through ProcessPrng, which Windows 10 and later have
 * and Wine 8 lacks. Here it is answered by RtlGenRandom (advapi32's SystemFunction036),
 * which Wine has. */
#include <windows.h>

BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length)
{
    while (length > 0) {
        ULONG chunk = length > 0x40000000 ? 0x40000000 : (ULONG)length;
        if (!SystemFunction036(data, chunk))
            return FALSE;
        data += chunk;
        length -= chunk;
    }
    return TRUE;
}
