import { configureStore } from "@reduxjs/toolkit";
import { setupListeners } from "@reduxjs/toolkit/query";
import { cotejoApi } from "./api";

export const makeStore = () => {
  const store = configureStore({
    reducer: { [cotejoApi.reducerPath]: cotejoApi.reducer },
    middleware: (getDefaultMiddleware) => getDefaultMiddleware().concat(cotejoApi.middleware),
  });
  setupListeners(store.dispatch);
  return store;
};

export type AppStore = ReturnType<typeof makeStore>;
export type RootState = ReturnType<AppStore["getState"]>;
export type AppDispatch = AppStore["dispatch"];
