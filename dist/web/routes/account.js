import { preSessionCsrf } from "../csrf.js";
import { formErrorsOf, NO_ERRORS } from "../view-models/admin.js";
function registerAccountRoutes(app) {
  async function invitationPage(req, reply, form = NO_ERRORS) {
    const invitation = await app.services.access.invitationFor(req.params.token);
    if (!invitation) {
      reply.code(403);
      return reply.render("error.njk", { title: "This link cannot be used", message: "It has expired or has been used already. Ask your administrator for a new one." });
    }
    if (form.errors.length) reply.code(400);
    return reply.render("invitation.njk", {
      title: invitation.purpose === "invitation" ? "Set your password" : "Set a new password",
      invitation,
      ...form,
      csrfToken: preSessionCsrf(req, reply)
    });
  }
  app.get("/invitations/:token", { config: { access: "link" } }, async (req, reply) => invitationPage(req, reply));
  app.post("/invitations/:token", { config: { access: "link" } }, async (req, reply) => {
    const b = req.body ?? {};
    const password = b.password ?? "";
    if (password !== (b.confirm ?? "")) {
      return invitationPage(req, reply, { errors: [{ text: "The two passwords are not the same", href: "#confirm" }], fieldErrors: { confirm: "The two passwords are not the same" } });
    }
    try {
      await app.services.access.acceptInvitation(req.params.token, password);
    } catch (e) {
      const form = formErrorsOf(e, "password");
      if (!form) throw e;
      if (e.kind === "not_found") return invitationPage(req, reply);
      return invitationPage(req, reply, form);
    }
    return reply.redirect("/sign-in", 303);
  });
  async function changePage(req, reply, form = NO_ERRORS) {
    const required = await app.services.access.passwordChangeRequired(req.session.userId);
    if (form.errors.length) reply.code(400);
    return reply.render("account-password.njk", { title: "Change your password", required, ...form });
  }
  app.get("/account/password", { config: { access: "signed-in", beforeSecondFactor: true } }, async (req, reply) => {
    if (!req.session) return reply.redirect("/", 303);
    return changePage(req, reply);
  });
  app.post("/account/password", { config: { access: "signed-in", beforeSecondFactor: true } }, async (req, reply) => {
    if (!req.session) return reply.redirect("/", 303);
    const b = req.body ?? {};
    if ((b.password ?? "") !== (b.confirm ?? "")) {
      return changePage(req, reply, { errors: [{ text: "The two new passwords are not the same", href: "#confirm" }], fieldErrors: { confirm: "The two new passwords are not the same" } });
    }
    try {
      await app.services.access.changeOwnPassword(req.actor, { current: b.current ?? "", password: b.password ?? "" });
    } catch (e) {
      const form = formErrorsOf(e, "password");
      if (!form) throw e;
      return changePage(req, reply, form);
    }
    return reply.redirect("/?passwordChanged=1", 303);
  });
}
export {
  registerAccountRoutes
};
//# sourceMappingURL=data:application/json;base64,ewogICJ2ZXJzaW9uIjogMywKICAic291cmNlcyI6IFsiLi4vLi4vLi4vc3JjL3dlYi9yb3V0ZXMvYWNjb3VudC50cyJdLAogICJzb3VyY2VzQ29udGVudCI6IFsiLy8gQSB1c2VyJ3Mgb3duIGFjY291bnQ6IGFjY2VwdGluZyBhbiBpbnZpdGF0aW9uIG9yIHJlc2V0IGxpbmsgKGFjY2VzcyAnbGluayc6XG4vLyB0aGUgbGluayBpcyB0aGUgY3JlZGVudGlhbCksIGFuZCBjaGFuZ2luZyBvbmUncyBwYXNzd29yZCwgd2hpY2ggYSB1c2VyIGdpdmVuIGFcbi8vIG9uZS10aW1lIHBhc3N3b3JkIG11c3QgZG8gYmVmb3JlIGFueSBvdGhlciBwYWdlIChhcHAudHMgc2VuZHMgdGhlbSBoZXJlKS5cbmltcG9ydCB0eXBlIHsgRmFzdGlmeUluc3RhbmNlLCBGYXN0aWZ5UmVwbHksIEZhc3RpZnlSZXF1ZXN0IH0gZnJvbSAnZmFzdGlmeSc7XG5pbXBvcnQgeyBwcmVTZXNzaW9uQ3NyZiB9IGZyb20gJy4uL2NzcmYuanMnO1xuaW1wb3J0IHsgZm9ybUVycm9yc09mLCBOT19FUlJPUlMsIHR5cGUgRm9ybUVycm9ycyB9IGZyb20gJy4uL3ZpZXctbW9kZWxzL2FkbWluLmpzJztcblxudHlwZSBCb2R5ID0gUmVjb3JkPHN0cmluZywgc3RyaW5nIHwgdW5kZWZpbmVkPjtcblxuZXhwb3J0IGZ1bmN0aW9uIHJlZ2lzdGVyQWNjb3VudFJvdXRlcyhhcHA6IEZhc3RpZnlJbnN0YW5jZSk6IHZvaWQge1xuICBhc3luYyBmdW5jdGlvbiBpbnZpdGF0aW9uUGFnZShyZXE6IEZhc3RpZnlSZXF1ZXN0PHsgUGFyYW1zOiB7IHRva2VuOiBzdHJpbmcgfSB9PiwgcmVwbHk6IEZhc3RpZnlSZXBseSwgZm9ybTogRm9ybUVycm9ycyA9IE5PX0VSUk9SUykge1xuICAgIGNvbnN0IGludml0YXRpb24gPSBhd2FpdCBhcHAuc2VydmljZXMuYWNjZXNzLmludml0YXRpb25Gb3IocmVxLnBhcmFtcy50b2tlbik7XG4gICAgaWYgKCFpbnZpdGF0aW9uKSB7XG4gICAgICAvLyBUaGUgbGluayBpcyB0aGUgY3JlZGVudGlhbCwgYW5kIHRoaXMgb25lIGlzIHJlZnVzZWQuXG4gICAgICByZXBseS5jb2RlKDQwMyk7XG4gICAgICByZXR1cm4gcmVwbHkucmVuZGVyKCdlcnJvci5uamsnLCB7IHRpdGxlOiAnVGhpcyBsaW5rIGNhbm5vdCBiZSB1c2VkJywgbWVzc2FnZTogJ0l0IGhhcyBleHBpcmVkIG9yIGhhcyBiZWVuIHVzZWQgYWxyZWFkeS4gQXNrIHlvdXIgYWRtaW5pc3RyYXRvciBmb3IgYSBuZXcgb25lLicgfSk7XG4gICAgfVxuICAgIGlmIChmb3JtLmVycm9ycy5sZW5ndGgpIHJlcGx5LmNvZGUoNDAwKTtcbiAgICByZXR1cm4gcmVwbHkucmVuZGVyKCdpbnZpdGF0aW9uLm5qaycsIHtcbiAgICAgIHRpdGxlOiBpbnZpdGF0aW9uLnB1cnBvc2UgPT09ICdpbnZpdGF0aW9uJyA/ICdTZXQgeW91ciBwYXNzd29yZCcgOiAnU2V0IGEgbmV3IHBhc3N3b3JkJyxcbiAgICAgIGludml0YXRpb24sXG4gICAgICAuLi5mb3JtLFxuICAgICAgY3NyZlRva2VuOiBwcmVTZXNzaW9uQ3NyZihyZXEsIHJlcGx5KSxcbiAgICB9KTtcbiAgfVxuXG4gIGFwcC5nZXQ8eyBQYXJhbXM6IHsgdG9rZW46IHN0cmluZyB9IH0+KCcvaW52aXRhdGlvbnMvOnRva2VuJywgeyBjb25maWc6IHsgYWNjZXNzOiAnbGluaycgfSB9LCBhc3luYyAocmVxLCByZXBseSkgPT4gaW52aXRhdGlvblBhZ2UocmVxLCByZXBseSkpO1xuXG4gIGFwcC5wb3N0PHsgUGFyYW1zOiB7IHRva2VuOiBzdHJpbmcgfTsgQm9keTogQm9keSB9PignL2ludml0YXRpb25zLzp0b2tlbicsIHsgY29uZmlnOiB7IGFjY2VzczogJ2xpbmsnIH0gfSwgYXN5bmMgKHJlcSwgcmVwbHkpID0+IHtcbiAgICBjb25zdCBiID0gcmVxLmJvZHkgPz8ge307XG4gICAgY29uc3QgcGFzc3dvcmQgPSBiLnBhc3N3b3JkID8/ICcnO1xuICAgIGlmIChwYXNzd29yZCAhPT0gKGIuY29uZmlybSA/PyAnJykpIHtcbiAgICAgIHJldHVybiBpbnZpdGF0aW9uUGFnZShyZXEsIHJlcGx5LCB7IGVycm9yczogW3sgdGV4dDogJ1RoZSB0d28gcGFzc3dvcmRzIGFyZSBub3QgdGhlIHNhbWUnLCBocmVmOiAnI2NvbmZpcm0nIH1dLCBmaWVsZEVycm9yczogeyBjb25maXJtOiAnVGhlIHR3byBwYXNzd29yZHMgYXJlIG5vdCB0aGUgc2FtZScgfSB9KTtcbiAgICB9XG4gICAgdHJ5IHtcbiAgICAgIGF3YWl0IGFwcC5zZXJ2aWNlcy5hY2Nlc3MuYWNjZXB0SW52aXRhdGlvbihyZXEucGFyYW1zLnRva2VuLCBwYXNzd29yZCk7XG4gICAgfSBjYXRjaCAoZSkge1xuICAgICAgY29uc3QgZm9ybSA9IGZvcm1FcnJvcnNPZihlLCAncGFzc3dvcmQnKTtcbiAgICAgIGlmICghZm9ybSkgdGhyb3cgZTtcbiAgICAgIGlmICgoZSBhcyB7IGtpbmQ/OiBzdHJpbmcgfSkua2luZCA9PT0gJ25vdF9mb3VuZCcpIHJldHVybiBpbnZpdGF0aW9uUGFnZShyZXEsIHJlcGx5KTtcbiAgICAgIHJldHVybiBpbnZpdGF0aW9uUGFnZShyZXEsIHJlcGx5LCBmb3JtKTtcbiAgICB9XG4gICAgcmV0dXJuIHJlcGx5LnJlZGlyZWN0KCcvc2lnbi1pbicsIDMwMyk7XG4gIH0pO1xuXG4gIGFzeW5jIGZ1bmN0aW9uIGNoYW5nZVBhZ2UocmVxOiBGYXN0aWZ5UmVxdWVzdCwgcmVwbHk6IEZhc3RpZnlSZXBseSwgZm9ybTogRm9ybUVycm9ycyA9IE5PX0VSUk9SUykge1xuICAgIGNvbnN0IHJlcXVpcmVkID0gYXdhaXQgYXBwLnNlcnZpY2VzLmFjY2Vzcy5wYXNzd29yZENoYW5nZVJlcXVpcmVkKHJlcS5zZXNzaW9uIS51c2VySWQpO1xuICAgIGlmIChmb3JtLmVycm9ycy5sZW5ndGgpIHJlcGx5LmNvZGUoNDAwKTtcbiAgICByZXR1cm4gcmVwbHkucmVuZGVyKCdhY2NvdW50LXBhc3N3b3JkLm5qaycsIHsgdGl0bGU6ICdDaGFuZ2UgeW91ciBwYXNzd29yZCcsIHJlcXVpcmVkLCAuLi5mb3JtIH0pO1xuICB9XG5cbiAgYXBwLmdldCgnL2FjY291bnQvcGFzc3dvcmQnLCB7IGNvbmZpZzogeyBhY2Nlc3M6ICdzaWduZWQtaW4nLCBiZWZvcmVTZWNvbmRGYWN0b3I6IHRydWUgfSB9LCBhc3luYyAocmVxLCByZXBseSkgPT4ge1xuICAgIGlmICghcmVxLnNlc3Npb24pIHJldHVybiByZXBseS5yZWRpcmVjdCgnLycsIDMwMyk7XG4gICAgcmV0dXJuIGNoYW5nZVBhZ2UocmVxLCByZXBseSk7XG4gIH0pO1xuXG4gIGFwcC5wb3N0PHsgQm9keTogQm9keSB9PignL2FjY291bnQvcGFzc3dvcmQnLCB7IGNvbmZpZzogeyBhY2Nlc3M6ICdzaWduZWQtaW4nLCBiZWZvcmVTZWNvbmRGYWN0b3I6IHRydWUgfSB9LCBhc3luYyAocmVxLCByZXBseSkgPT4ge1xuICAgIGlmICghcmVxLnNlc3Npb24pIHJldHVybiByZXBseS5yZWRpcmVjdCgnLycsIDMwMyk7XG4gICAgY29uc3QgYiA9IHJlcS5ib2R5ID8/IHt9O1xuICAgIGlmICgoYi5wYXNzd29yZCA/PyAnJykgIT09IChiLmNvbmZpcm0gPz8gJycpKSB7XG4gICAgICByZXR1cm4gY2hhbmdlUGFnZShyZXEsIHJlcGx5LCB7IGVycm9yczogW3sgdGV4dDogJ1RoZSB0d28gbmV3IHBhc3N3b3JkcyBhcmUgbm90IHRoZSBzYW1lJywgaHJlZjogJyNjb25maXJtJyB9XSwgZmllbGRFcnJvcnM6IHsgY29uZmlybTogJ1RoZSB0d28gbmV3IHBhc3N3b3JkcyBhcmUgbm90IHRoZSBzYW1lJyB9IH0pO1xuICAgIH1cbiAgICB0cnkge1xuICAgICAgYXdhaXQgYXBwLnNlcnZpY2VzLmFjY2Vzcy5jaGFuZ2VPd25QYXNzd29yZChyZXEuYWN0b3IhLCB7IGN1cnJlbnQ6IGIuY3VycmVudCA/PyAnJywgcGFzc3dvcmQ6IGIucGFzc3dvcmQgPz8gJycgfSk7XG4gICAgfSBjYXRjaCAoZSkge1xuICAgICAgY29uc3QgZm9ybSA9IGZvcm1FcnJvcnNPZihlLCAncGFzc3dvcmQnKTtcbiAgICAgIGlmICghZm9ybSkgdGhyb3cgZTtcbiAgICAgIHJldHVybiBjaGFuZ2VQYWdlKHJlcSwgcmVwbHksIGZvcm0pO1xuICAgIH1cbiAgICByZXR1cm4gcmVwbHkucmVkaXJlY3QoJy8/cGFzc3dvcmRDaGFuZ2VkPTEnLCAzMDMpO1xuICB9KTtcbn1cbiJdLAogICJtYXBwaW5ncyI6ICJBQUlBLFNBQVMsc0JBQXNCO0FBQy9CLFNBQVMsY0FBYyxpQkFBa0M7QUFJbEQsU0FBUyxzQkFBc0IsS0FBNEI7QUFDaEUsaUJBQWUsZUFBZSxLQUFvRCxPQUFxQixPQUFtQixXQUFXO0FBQ25JLFVBQU0sYUFBYSxNQUFNLElBQUksU0FBUyxPQUFPLGNBQWMsSUFBSSxPQUFPLEtBQUs7QUFDM0UsUUFBSSxDQUFDLFlBQVk7QUFFZixZQUFNLEtBQUssR0FBRztBQUNkLGFBQU8sTUFBTSxPQUFPLGFBQWEsRUFBRSxPQUFPLDRCQUE0QixTQUFTLGlGQUFpRixDQUFDO0FBQUEsSUFDbks7QUFDQSxRQUFJLEtBQUssT0FBTyxPQUFRLE9BQU0sS0FBSyxHQUFHO0FBQ3RDLFdBQU8sTUFBTSxPQUFPLGtCQUFrQjtBQUFBLE1BQ3BDLE9BQU8sV0FBVyxZQUFZLGVBQWUsc0JBQXNCO0FBQUEsTUFDbkU7QUFBQSxNQUNBLEdBQUc7QUFBQSxNQUNILFdBQVcsZUFBZSxLQUFLLEtBQUs7QUFBQSxJQUN0QyxDQUFDO0FBQUEsRUFDSDtBQUVBLE1BQUksSUFBbUMsdUJBQXVCLEVBQUUsUUFBUSxFQUFFLFFBQVEsT0FBTyxFQUFFLEdBQUcsT0FBTyxLQUFLLFVBQVUsZUFBZSxLQUFLLEtBQUssQ0FBQztBQUU5SSxNQUFJLEtBQWdELHVCQUF1QixFQUFFLFFBQVEsRUFBRSxRQUFRLE9BQU8sRUFBRSxHQUFHLE9BQU8sS0FBSyxVQUFVO0FBQy9ILFVBQU0sSUFBSSxJQUFJLFFBQVEsQ0FBQztBQUN2QixVQUFNLFdBQVcsRUFBRSxZQUFZO0FBQy9CLFFBQUksY0FBYyxFQUFFLFdBQVcsS0FBSztBQUNsQyxhQUFPLGVBQWUsS0FBSyxPQUFPLEVBQUUsUUFBUSxDQUFDLEVBQUUsTUFBTSxzQ0FBc0MsTUFBTSxXQUFXLENBQUMsR0FBRyxhQUFhLEVBQUUsU0FBUyxxQ0FBcUMsRUFBRSxDQUFDO0FBQUEsSUFDbEw7QUFDQSxRQUFJO0FBQ0YsWUFBTSxJQUFJLFNBQVMsT0FBTyxpQkFBaUIsSUFBSSxPQUFPLE9BQU8sUUFBUTtBQUFBLElBQ3ZFLFNBQVMsR0FBRztBQUNWLFlBQU0sT0FBTyxhQUFhLEdBQUcsVUFBVTtBQUN2QyxVQUFJLENBQUMsS0FBTSxPQUFNO0FBQ2pCLFVBQUssRUFBd0IsU0FBUyxZQUFhLFFBQU8sZUFBZSxLQUFLLEtBQUs7QUFDbkYsYUFBTyxlQUFlLEtBQUssT0FBTyxJQUFJO0FBQUEsSUFDeEM7QUFDQSxXQUFPLE1BQU0sU0FBUyxZQUFZLEdBQUc7QUFBQSxFQUN2QyxDQUFDO0FBRUQsaUJBQWUsV0FBVyxLQUFxQixPQUFxQixPQUFtQixXQUFXO0FBQ2hHLFVBQU0sV0FBVyxNQUFNLElBQUksU0FBUyxPQUFPLHVCQUF1QixJQUFJLFFBQVMsTUFBTTtBQUNyRixRQUFJLEtBQUssT0FBTyxPQUFRLE9BQU0sS0FBSyxHQUFHO0FBQ3RDLFdBQU8sTUFBTSxPQUFPLHdCQUF3QixFQUFFLE9BQU8sd0JBQXdCLFVBQVUsR0FBRyxLQUFLLENBQUM7QUFBQSxFQUNsRztBQUVBLE1BQUksSUFBSSxxQkFBcUIsRUFBRSxRQUFRLEVBQUUsUUFBUSxhQUFhLG9CQUFvQixLQUFLLEVBQUUsR0FBRyxPQUFPLEtBQUssVUFBVTtBQUNoSCxRQUFJLENBQUMsSUFBSSxRQUFTLFFBQU8sTUFBTSxTQUFTLEtBQUssR0FBRztBQUNoRCxXQUFPLFdBQVcsS0FBSyxLQUFLO0FBQUEsRUFDOUIsQ0FBQztBQUVELE1BQUksS0FBcUIscUJBQXFCLEVBQUUsUUFBUSxFQUFFLFFBQVEsYUFBYSxvQkFBb0IsS0FBSyxFQUFFLEdBQUcsT0FBTyxLQUFLLFVBQVU7QUFDakksUUFBSSxDQUFDLElBQUksUUFBUyxRQUFPLE1BQU0sU0FBUyxLQUFLLEdBQUc7QUFDaEQsVUFBTSxJQUFJLElBQUksUUFBUSxDQUFDO0FBQ3ZCLFNBQUssRUFBRSxZQUFZLFNBQVMsRUFBRSxXQUFXLEtBQUs7QUFDNUMsYUFBTyxXQUFXLEtBQUssT0FBTyxFQUFFLFFBQVEsQ0FBQyxFQUFFLE1BQU0sMENBQTBDLE1BQU0sV0FBVyxDQUFDLEdBQUcsYUFBYSxFQUFFLFNBQVMseUNBQXlDLEVBQUUsQ0FBQztBQUFBLElBQ3RMO0FBQ0EsUUFBSTtBQUNGLFlBQU0sSUFBSSxTQUFTLE9BQU8sa0JBQWtCLElBQUksT0FBUSxFQUFFLFNBQVMsRUFBRSxXQUFXLElBQUksVUFBVSxFQUFFLFlBQVksR0FBRyxDQUFDO0FBQUEsSUFDbEgsU0FBUyxHQUFHO0FBQ1YsWUFBTSxPQUFPLGFBQWEsR0FBRyxVQUFVO0FBQ3ZDLFVBQUksQ0FBQyxLQUFNLE9BQU07QUFDakIsYUFBTyxXQUFXLEtBQUssT0FBTyxJQUFJO0FBQUEsSUFDcEM7QUFDQSxXQUFPLE1BQU0sU0FBUyx1QkFBdUIsR0FBRztBQUFBLEVBQ2xELENBQUM7QUFDSDsiLAogICJuYW1lcyI6IFtdCn0K
