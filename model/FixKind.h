#pragma once

// The repairs a finding can offer; the desktop program applies them (model/edit/FixActions).
// An enum rather than text, so that the validator and the repairs cannot drift apart.
enum class FixKind
{
    None,
    AddGateway,
    AddServer,
    AddDatabase,
    MoveToDmz,
    MoveToLan,
    UseTlsPort,
    AddFcm,
    AddIosMdm,
    AddApns,
    GiveInternetAccess
};
