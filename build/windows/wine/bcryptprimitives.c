/*
 * bcryptprimitives.dll for Wine 8, which lacks it (it arrived in Wine 9).
 *
 * Go 1.24 and later read random bytes through ProcessPrng, which the runtime loads from
 * bcryptprimitives.dll at start; without the DLL every Go program dies with "fatal error:
 * bcryptprimitives.dll not found". Windows 10 and 11 have the DLL, so this exists only to run
 * Joblink's Windows build and tests under Debian's Wine in CI: it is never shipped.
 *
 * ProcessPrng fills the buffer from RtlGenRandom (advapi32's SystemFunction036), which Wine
 * implements over the host's random source. RtlGenRandom takes a ULONG length, so a larger
 * request is filled in chunks.
 */
#include <windows.h>

BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T size)
{
    while (size > 0) {
        ULONG chunk = size > 0x40000000 ? 0x40000000 : (ULONG)size;
        if (!SystemFunction036(data, chunk))
            return FALSE;
        data += chunk;
        size -= chunk;
    }
    return TRUE;
}
