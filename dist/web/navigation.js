import { can } from "../access/permissions.js";
function navigationFor(actor, url) {
  const items = [
    { text: "Home", href: "/", show: true },
    { text: "Caseload", href: "/caseload", show: can(actor, "case:work") },
    { text: "People", href: "/people", show: can(actor, "person:search") },
    { text: "Schemes", href: "/schemes", show: can(actor, "scheme:view") },
    { text: "Performance", href: "/performance", show: can(actor, "performance:view") },
    { text: "Reports", href: "/reports", show: can(actor, "performance:view") },
    { text: "Transfers", href: "/transfers", show: can(actor, "scheme:manage") },
    { text: "Imports", href: "/imports", show: can(actor, "import:run") },
    { text: "Administration", href: "/admin", show: can(actor, "admin:users") }
  ];
  return items.filter((i) => i.show).map((i) => ({ text: i.text, href: i.href, active: i.href === "/" ? url === "/" : url.startsWith(i.href) }));
}
export {
  navigationFor
};
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vc3JjL3dlYi9uYXZpZ2F0aW9uLnRzIl0sCiAgInNvdXJjZXNDb250ZW50IjogWyIvLyBUaGUgc2VydmljZSBuYXZpZ2F0aW9uOiB0aGUgc2VjdGlvbnMgYSBzaWduZWQtaW4gdXNlcidzIHJvbGUgb3BlbnMsIHdpdGggdGhlXG4vLyBvbmUgZm9yIHRoZSBjdXJyZW50IGFkZHJlc3MgbWFya2VkIGFjdGl2ZS5cbmltcG9ydCB0eXBlIHsgQWN0b3IgfSBmcm9tICcuLi9hY2Nlc3MvYWN0b3IuanMnO1xuaW1wb3J0IHsgY2FuIH0gZnJvbSAnLi4vYWNjZXNzL3Blcm1pc3Npb25zLmpzJztcblxuZXhwb3J0IGZ1bmN0aW9uIG5hdmlnYXRpb25Gb3IoYWN0b3I6IEFjdG9yLCB1cmw6IHN0cmluZykge1xuICBjb25zdCBpdGVtcyA9IFtcbiAgICB7IHRleHQ6ICdIb21lJywgaHJlZjogJy8nLCBzaG93OiB0cnVlIH0sXG4gICAgeyB0ZXh0OiAnQ2FzZWxvYWQnLCBocmVmOiAnL2Nhc2Vsb2FkJywgc2hvdzogY2FuKGFjdG9yLCAnY2FzZTp3b3JrJykgfSxcbiAgICB7IHRleHQ6ICdQZW9wbGUnLCBocmVmOiAnL3Blb3BsZScsIHNob3c6IGNhbihhY3RvciwgJ3BlcnNvbjpzZWFyY2gnKSB9LFxuICAgIHsgdGV4dDogJ1NjaGVtZXMnLCBocmVmOiAnL3NjaGVtZXMnLCBzaG93OiBjYW4oYWN0b3IsICdzY2hlbWU6dmlldycpIH0sXG4gICAgeyB0ZXh0OiAnUGVyZm9ybWFuY2UnLCBocmVmOiAnL3BlcmZvcm1hbmNlJywgc2hvdzogY2FuKGFjdG9yLCAncGVyZm9ybWFuY2U6dmlldycpIH0sXG4gICAgeyB0ZXh0OiAnUmVwb3J0cycsIGhyZWY6ICcvcmVwb3J0cycsIHNob3c6IGNhbihhY3RvciwgJ3BlcmZvcm1hbmNlOnZpZXcnKSB9LFxuICAgIHsgdGV4dDogJ1RyYW5zZmVycycsIGhyZWY6ICcvdHJhbnNmZXJzJywgc2hvdzogY2FuKGFjdG9yLCAnc2NoZW1lOm1hbmFnZScpIH0sXG4gICAgeyB0ZXh0OiAnSW1wb3J0cycsIGhyZWY6ICcvaW1wb3J0cycsIHNob3c6IGNhbihhY3RvciwgJ2ltcG9ydDpydW4nKSB9LFxuICAgIHsgdGV4dDogJ0FkbWluaXN0cmF0aW9uJywgaHJlZjogJy9hZG1pbicsIHNob3c6IGNhbihhY3RvciwgJ2FkbWluOnVzZXJzJykgfSxcbiAgXTtcbiAgcmV0dXJuIGl0ZW1zXG4gICAgLmZpbHRlcigoaSkgPT4gaS5zaG93KVxuICAgIC5tYXAoKGkpID0+ICh7IHRleHQ6IGkudGV4dCwgaHJlZjogaS5ocmVmLCBhY3RpdmU6IGkuaHJlZiA9PT0gJy8nID8gdXJsID09PSAnLycgOiB1cmwuc3RhcnRzV2l0aChpLmhyZWYpIH0pKTtcbn1cbiJdLAogICJtYXBwaW5ncyI6ICJBQUdBLFNBQVMsV0FBVztBQUViLFNBQVMsY0FBYyxPQUFjLEtBQWE7QUFDdkQsUUFBTSxRQUFRO0FBQUEsSUFDWixFQUFFLE1BQU0sUUFBUSxNQUFNLEtBQUssTUFBTSxLQUFLO0FBQUEsSUFDdEMsRUFBRSxNQUFNLFlBQVksTUFBTSxhQUFhLE1BQU0sSUFBSSxPQUFPLFdBQVcsRUFBRTtBQUFBLElBQ3JFLEVBQUUsTUFBTSxVQUFVLE1BQU0sV0FBVyxNQUFNLElBQUksT0FBTyxlQUFlLEVBQUU7QUFBQSxJQUNyRSxFQUFFLE1BQU0sV0FBVyxNQUFNLFlBQVksTUFBTSxJQUFJLE9BQU8sYUFBYSxFQUFFO0FBQUEsSUFDckUsRUFBRSxNQUFNLGVBQWUsTUFBTSxnQkFBZ0IsTUFBTSxJQUFJLE9BQU8sa0JBQWtCLEVBQUU7QUFBQSxJQUNsRixFQUFFLE1BQU0sV0FBVyxNQUFNLFlBQVksTUFBTSxJQUFJLE9BQU8sa0JBQWtCLEVBQUU7QUFBQSxJQUMxRSxFQUFFLE1BQU0sYUFBYSxNQUFNLGNBQWMsTUFBTSxJQUFJLE9BQU8sZUFBZSxFQUFFO0FBQUEsSUFDM0UsRUFBRSxNQUFNLFdBQVcsTUFBTSxZQUFZLE1BQU0sSUFBSSxPQUFPLFlBQVksRUFBRTtBQUFBLElBQ3BFLEVBQUUsTUFBTSxrQkFBa0IsTUFBTSxVQUFVLE1BQU0sSUFBSSxPQUFPLGFBQWEsRUFBRTtBQUFBLEVBQzVFO0FBQ0EsU0FBTyxNQUNKLE9BQU8sQ0FBQyxNQUFNLEVBQUUsSUFBSSxFQUNwQixJQUFJLENBQUMsT0FBTyxFQUFFLE1BQU0sRUFBRSxNQUFNLE1BQU0sRUFBRSxNQUFNLFFBQVEsRUFBRSxTQUFTLE1BQU0sUUFBUSxNQUFNLElBQUksV0FBVyxFQUFFLElBQUksRUFBRSxFQUFFO0FBQy9HOyIsCiAgIm5hbWVzIjogW10KfQo=
